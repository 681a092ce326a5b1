// Health check of the `mongo` service, run by mongosh every few seconds. Idempotent:
// initiates the one-node replica set rs0 if it is not initiated yet (the member's host is the
// compose service name, which is what the services' connection strings use), and succeeds only
// once this node is the writable primary.
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
