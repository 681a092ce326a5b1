#!/usr/bin/env bash
# Entrypoint of the compose `mongo` service: a replica set with access control needs a key file for
# the members' internal authentication, even with one member. It is generated once into the
# mongo-config volume (mongod accepts only a file that nobody but its owner can read), then the
# image's own entrypoint runs: on the first start with an empty data volume it creates the root user
# from MONGO_INITDB_ROOT_USERNAME/PASSWORD and runs /docker-entrypoint-initdb.d/ (create-users.js).
set -euo pipefail

keyfile=/data/configdb/replica-set.key
if [ ! -s "${keyfile}" ]; then
  head -c 756 /dev/urandom | base64 -w 0 > "${keyfile}"
fi
chown mongodb:mongodb "${keyfile}"
chmod 400 "${keyfile}"

exec docker-entrypoint.sh "$@"
