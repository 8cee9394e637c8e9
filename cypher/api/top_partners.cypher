// @title: Top partners of an entity
// @answers: the entities that took part with an entity most often, by agreements (both parties) and events (both
// present), in a period: each with its counts, its count per year, and the date of the latest item. The entity's side is as
// in its timeline (itself, the bodies PART_OF or BASED_IN it, the officials holding positions there); a partner
// is whatever else takes part (a province's government and its party secretary count for themselves).
// `latest` is the date of the latest item.
// @param partner: id of the entity whose partners are ranked (org:moit)
// @param since: ISO date or null
// @param until: ISO date or null
// @param labels: labels a partner must carry (one of them), or [] for any
// @param limit: partners to return (the total is counted before the cut)
MATCH (n:Official|Organization|Province|Country|Agreement|Topic|Event {id: $partner})
CALL (n) {
  MATCH (body)-[:PART_OF|BASED_IN]->{0,2}(n)
  WITH DISTINCT body
  OPTIONAL MATCH (person:Official)-[:HOLDS_POSITION]->(body)
  WITH collect(DISTINCT body) AS bodies, collect(DISTINCT person) AS people
  RETURN bodies + [p IN people WHERE NOT p IN bodies] AS side
}
// Counted per (partner, year), then per partner: no list of items is kept (a hub has tens of thousands).
CALL (side) {
  UNWIND side AS x
  MATCH (x)-[:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item:Event|Agreement)
  WHERE ($since IS NULL OR item.date >= $since) AND ($until IS NULL OR item.date <= $until + '~')
  WITH DISTINCT item
  MATCH (y)-[:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item)
  WHERE NOT y IN side AND (size($labels) = 0 OR any(label IN labels(y) WHERE label IN $labels))
  WITH y, coalesce(left(item.date, 4), '') AS year, count(*) AS n,
       sum(CASE WHEN item:Agreement THEN 1 ELSE 0 END) AS agreements, max(item.date) AS latest
  WITH y, collect([year, n]) AS per_year, sum(agreements) AS agreements, sum(n) - sum(agreements) AS events,
       max(latest) AS latest
  RETURN collect({partner: y {.id, .name, labels: labels(y)}, agreements: agreements, events: events,
                  per_year: per_year, latest: latest}) AS rows
}
UNWIND rows AS row
WITH row, size(rows) AS total
ORDER BY row.agreements + row.events DESC, row.agreements DESC, row.partner.name
LIMIT $limit
RETURN total, row.partner AS partner, row.agreements AS agreements, row.events AS events, row.per_year AS per_year,
       row.latest AS latest;
