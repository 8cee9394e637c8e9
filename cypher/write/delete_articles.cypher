// Unloading, step 5: the Article nodes themselves (with the Article -> Topic
// ABOUT relationships that hang off them). Returns the ids that existed.
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
DETACH DELETE a
RETURN aid AS id;
