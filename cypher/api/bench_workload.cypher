// @title: The benchmark's workload
// @answers: officials (id, name) and provinces (id, name) to search for, expand and join by paths
// (bench/api.py samples them with a fixed seed).
// @param limit: how many of each at most
CALL () {
  MATCH (o:Official) WITH o ORDER BY o.id LIMIT $limit
  RETURN collect({id: o.id, name: o.name}) AS officials
}
CALL () {
  MATCH (p:Province) WITH p ORDER BY p.id LIMIT $limit
  RETURN collect({id: p.id, name: p.name}) AS provinces
}
RETURN officials, provinces;
