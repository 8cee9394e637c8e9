"""What a load or an unload did: article outcomes and graph changes.

Why one small dataclass: the writer, the unloader, the file-level loader, the
CLI summary table and the benchmark all add up and print the same figures.
Graph changes come from the driver's result counters (created, deleted); a
row that merged into an existing node or relationship counts as updated.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from neo4j import SummaryCounters


@dataclass(slots=True)
class WriteStats:
    articles_new: int = 0
    articles_unchanged: int = 0
    articles_changed: int = 0
    articles_duplicate: int = 0
    articles_no_facts: int = 0
    """Articles from which nothing was read: not written (an Article node without facts would count as loaded)."""
    articles_failed: int = 0
    articles_confirmed: int = 0
    """Of the new ones, those an earlier attempt committed while its acknowledgement was lost (found on retry)."""
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    relationships_deleted: int = 0
    facts: int = 0
    """Rows written: entities, mentions and fact relationships (the benchmark's unit of work)."""

    def __iadd__(self, other: WriteStats) -> WriteStats:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def count_nodes(self, counters: SummaryCounters, rows: int) -> None:
        """Nodes merged from `rows` rows: those not created were updated."""
        self.nodes_created += counters.nodes_created
        self.nodes_updated += max(rows - counters.nodes_created, 0)

    def count_relationships(self, counters: SummaryCounters, rows: int) -> None:
        self.relationships_created += counters.relationships_created
        self.relationships_updated += max(rows - counters.relationships_created, 0)

    @property
    def articles_seen(self) -> int:
        return (
            self.articles_new
            + self.articles_unchanged
            + self.articles_changed
            + self.articles_duplicate
            + self.articles_no_facts
            + self.articles_failed
        )
