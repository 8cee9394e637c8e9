// @title Chinese provinces with MoUs with MOIT, as a graph
// @answers The canonical question (which Chinese provinces have signed memoranda of understanding with MOIT?) drawn as a graph: MOIT, each MoU, the province that is its other party and China.
MATCH path = (moit:Organization {id: 'org:moit'})-[:PARTY_TO]->(mou:Agreement {type: 'mou'})<-[:PARTY_TO]-(province:Province)-[:IN_COUNTRY]->(china:Country {iso2: 'CN'})
RETURN path;
