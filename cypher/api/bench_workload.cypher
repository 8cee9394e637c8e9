// @title: The benchmark's workload
// @answers: every official (id, name, degree over all relationships) and every province (id, name):
// bench/api.py samples, with a fixed seed, officials to expand, pairs of peripheral officials
// (degree at most 3, as tests/test_api_deadlines.py calls them) to join by paths, and names to search for.
CALL () {
  MATCH (o:Official) WITH o ORDER BY o.id
  RETURN collect({id: o.id, name: o.name, degree: COUNT { (o)--() }}) AS officials
}
CALL () {
  MATCH (p:Province) WITH p ORDER BY p.id
  RETURN collect({id: p.id, name: p.name}) AS provinces
}
RETURN officials, provinces;
