// Runs once, from /docker-entrypoint-initdb.d, on the first start of the `mongo` service with an
// empty data volume, authenticated as the root user. Each service gets its own user that can read
// and write its own database and nothing else; the passwords come from the environment (.env).
// Changing a password later: db.getSiblingDB('<database>').changeUserPassword('<user>', '<new>').
const services = [
  { user: 'campaign-service', database: 'tdkt_campaign', password: 'MONGO_CAMPAIGN_PASSWORD' },
  { user: 'nomination-service', database: 'tdkt_nomination', password: 'MONGO_NOMINATION_PASSWORD' },
  { user: 'delegate-service', database: 'tdkt_delegate', password: 'MONGO_DELEGATE_PASSWORD' },
  { user: 'notification-service', database: 'tdkt_notification', password: 'MONGO_NOTIFICATION_PASSWORD' },
];

for (const s of services) {
  const pwd = process.env[s.password];
  if (!pwd) {
    throw new Error(s.password + ' is not set: the ' + s.user + ' user cannot be created');
  }
  db.getSiblingDB(s.database).createUser({
    user: s.user,
    pwd: pwd,
    roles: [{ role: 'readWrite', db: s.database }],
  });
  print('created user ' + s.user + ' on ' + s.database);
}
