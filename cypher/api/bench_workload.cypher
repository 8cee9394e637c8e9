// @title: The benchmark's workload
// @answers: every official (id, name, whether it is peripheral) and every province (id, name):
// bench/api.py samples, with a fixed seed, officials to expand, pairs of peripheral officials
// to join by paths, and names to search for.
// @param peripheral_degree: an official with at most this many relationships (any type, articles
//   included) is peripheral (3, as tests/test_api_deadlines.py calls them)
CALL () {
  MATCH (o:Official) WITH o ORDER BY o.id
  RETURN collect({id: o.id, name: o.name, peripheral: COUNT { (o)--() } <= $peripheral_degree}) AS officials
}
CALL () {
  MATCH (p:Province) WITH p ORDER BY p.id
  RETURN collect({id: p.id, name: p.name}) AS provinces
}
RETURN officials, provinces;
