// Health check of the `mongo` service, run by mongosh every few seconds. Idempotent:
// authenticates as the root user (access control is on), initiates the one-node replica set rs0
// if it is not initiated yet (the member's host is the compose service name, which is what the
// services' connection strings use), and succeeds only once this node is the writable primary.
// While the image's first-start initialisation runs (no root user yet, no replica set), every step
// fails and the check simply reports unhealthy until the real mongod is up.
db.getSiblingDB('admin').auth(process.env.MONGO_INITDB_ROOT_USERNAME, process.env.MONGO_INITDB_ROOT_PASSWORD);
try {
  rs.status();
} catch (e) {
  if (e.codeName === 'NotYetInitialized' || /no replset config/i.test(String(e.message))) {
    rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
  } else {
    throw e;
  }
}
quit(db.hello().isWritablePrimary ? 0 : 1);
