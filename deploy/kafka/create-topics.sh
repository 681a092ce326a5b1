#!/usr/bin/env bash
# Creates every topic of the platform, idempotently, then exits 0 (the compose `kafka-init` job).
# Input (environment): KAFKA_BOOTSTRAP_SERVERS, TOPICS (comma- or space-separated),
# TOPIC_PARTITIONS (default 6), TOPIC_REPLICATION_FACTOR (default 1).
# Topics are never auto-created by the broker: the services expect these to exist.
set -euo pipefail

bootstrap="${KAFKA_BOOTSTRAP_SERVERS:?KAFKA_BOOTSTRAP_SERVERS is required}"
partitions="${TOPIC_PARTITIONS:-6}"
replication="${TOPIC_REPLICATION_FACTOR:-1}"
topics="${TOPICS:?TOPICS is required}"
kafka_topics=/opt/kafka/bin/kafka-topics.sh

echo "kafka-init: waiting for ${bootstrap}"
for attempt in $(seq 1 60); do
  if "${kafka_topics}" --bootstrap-server "${bootstrap}" --list > /dev/null 2>&1; then
    break
  fi
  if [ "${attempt}" -eq 60 ]; then
    echo "kafka-init: broker ${bootstrap} not reachable" >&2
    exit 1
  fi
  sleep 2
done

count=0
for topic in ${topics//,/ }; do
  [ -z "${topic}" ] && continue
  "${kafka_topics}" --bootstrap-server "${bootstrap}" --create --if-not-exists \
    --topic "${topic}" --partitions "${partitions}" --replication-factor "${replication}"
  count=$((count + 1))
done

echo "kafka-init: ${count} topics present:"
"${kafka_topics}" --bootstrap-server "${bootstrap}" --list
