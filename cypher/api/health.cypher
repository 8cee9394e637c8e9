// @title: Health of the graph
// @answers: Neo4j's name, version and edition, and the node and relationship counts (from the count store).
CALL dbms.components() YIELD name, versions, edition
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN name, versions[0] AS version, edition, nodes, relationships;
