// @title: Counts by label and relationship type
// @answers: how many nodes carry each label of graph.model and how many relationships of each type exist.
// One static label or type per COUNT, so each reads Neo4j's count store (a scan would read every node);
// tests/test_api_contract.py checks that the lists match graph.model.
RETURN {Article: COUNT { (:Article) },
        Official: COUNT { (:Official) },
        Organization: COUNT { (:Organization) },
        Ministry: COUNT { (:Ministry) },
        Province: COUNT { (:Province) },
        Country: COUNT { (:Country) },
        Agreement: COUNT { (:Agreement) },
        Topic: COUNT { (:Topic) },
        Event: COUNT { (:Event) }} AS labels,
       {HOLDS_POSITION: COUNT { ()-[:HOLDS_POSITION]->() },
        PART_OF: COUNT { ()-[:PART_OF]->() },
        BASED_IN: COUNT { ()-[:BASED_IN]->() },
        IN_COUNTRY: COUNT { ()-[:IN_COUNTRY]->() },
        SUCCEEDED_BY: COUNT { ()-[:SUCCEEDED_BY]->() },
        PARTY_TO: COUNT { ()-[:PARTY_TO]->() },
        ATTENDED: COUNT { ()-[:ATTENDED]->() },
        HELD_IN: COUNT { ()-[:HELD_IN]->() },
        SIGNED_AT: COUNT { ()-[:SIGNED_AT]->() },
        ABOUT: COUNT { ()-[:ABOUT]->() },
        PARTICIPATED_IN: COUNT { ()-[:PARTICIPATED_IN]->() },
        MENTIONED_IN: COUNT { ()-[:MENTIONED_IN]->() }} AS types;
