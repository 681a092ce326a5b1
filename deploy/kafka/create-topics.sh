#!/usr/bin/env bash
# Creates every topic of the platform, idempotently, then exits 0 (the compose `kafka-init` job).
# Input (environment): KAFKA_BOOTSTRAP_SERVERS, TOPICS (comma- or space-separated),
# TOPIC_PARTITIONS (default 6), TOPIC_REPLICATION_FACTOR (default 1), COMPACTED_TOPICS (those of TOPICS
# that carry full state keyed by aggregate id) with COMPACTED_TOPIC_CONFIG (k=v,k=v; set on create, and
# on every run, so that topics created before compaction are brought to it), and the client security the
# services use too: KAFKA_SECURITY_PROTOCOL (default PLAINTEXT), KAFKA_SASL_MECHANISM,
# KAFKA_SASL_JAAS_CONFIG, KAFKA_SSL_TRUSTSTORE_LOCATION / _PASSWORD / _TYPE (each only when set).
# Topics are never auto-created by the broker: the services expect these to exist.
set -euo pipefail

bootstrap="${KAFKA_BOOTSTRAP_SERVERS:?KAFKA_BOOTSTRAP_SERVERS is required}"
partitions="${TOPIC_PARTITIONS:-6}"
replication="${TOPIC_REPLICATION_FACTOR:-1}"
topics="${TOPICS:?TOPICS is required}"
compacted=" ${COMPACTED_TOPICS//,/ } "
compacted_config="${COMPACTED_TOPIC_CONFIG:-}"
kafka_topics=/opt/kafka/bin/kafka-topics.sh
kafka_configs=/opt/kafka/bin/kafka-configs.sh
if [ -n "${COMPACTED_TOPICS:-}" ] && [ -z "${compacted_config}" ]; then
  echo "kafka-init: COMPACTED_TOPICS needs COMPACTED_TOPIC_CONFIG" >&2
  exit 1
fi

# The admin client's security settings, in a file that only this job reads.
config="$(mktemp)"
trap 'rm -f "${config}"' EXIT
{
  echo "security.protocol=${KAFKA_SECURITY_PROTOCOL:-PLAINTEXT}"
  [ -n "${KAFKA_SASL_MECHANISM:-}" ] && echo "sasl.mechanism=${KAFKA_SASL_MECHANISM}"
  [ -n "${KAFKA_SASL_JAAS_CONFIG:-}" ] && echo "sasl.jaas.config=${KAFKA_SASL_JAAS_CONFIG}"
  [ -n "${KAFKA_SSL_TRUSTSTORE_LOCATION:-}" ] && echo "ssl.truststore.location=${KAFKA_SSL_TRUSTSTORE_LOCATION}"
  [ -n "${KAFKA_SSL_TRUSTSTORE_PASSWORD:-}" ] && echo "ssl.truststore.password=${KAFKA_SSL_TRUSTSTORE_PASSWORD}"
  [ -n "${KAFKA_SSL_TRUSTSTORE_TYPE:-}" ] && echo "ssl.truststore.type=${KAFKA_SSL_TRUSTSTORE_TYPE}"
  true
} > "${config}"

echo "kafka-init: waiting for ${bootstrap}"
for attempt in $(seq 1 60); do
  if "${kafka_topics}" --bootstrap-server "${bootstrap}" --command-config "${config}" --list > /dev/null 2>&1; then
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
  topic_config=()
  if [[ "${compacted}" == *" ${topic} "* ]]; then
    for entry in ${compacted_config//,/ }; do
      topic_config+=(--config "${entry}")
    done
  fi
  "${kafka_topics}" --bootstrap-server "${bootstrap}" --command-config "${config}" --create --if-not-exists \
    --topic "${topic}" --partitions "${partitions}" --replication-factor "${replication}" ${topic_config[@]+"${topic_config[@]}"}
  if [ "${#topic_config[@]}" -gt 0 ]; then
    # --if-not-exists leaves an existing topic as it was: bring it to the configuration (idempotent).
    "${kafka_configs}" --bootstrap-server "${bootstrap}" --command-config "${config}" --alter \
      --entity-type topics --entity-name "${topic}" --add-config "${compacted_config}"
  fi
  count=$((count + 1))
done

echo "kafka-init: ${count} topics present:"
"${kafka_topics}" --bootstrap-server "${bootstrap}" --command-config "${config}" --list
