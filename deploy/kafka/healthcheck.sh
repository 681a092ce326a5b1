#!/usr/bin/env bash
# Health check of the `kafka` service: an authenticated ApiVersions round trip on the listener the
# services use. Input (environment): HEALTHCHECK_BOOTSTRAP_SERVERS, HEALTHCHECK_SECURITY_PROTOCOL,
# HEALTHCHECK_SASL_USERNAME, HEALTHCHECK_SASL_PASSWORD, optionally HEALTHCHECK_SSL_TRUSTSTORE_LOCATION /
# _PASSWORD / _TYPE. (Not KAFKA_*: the image turns every KAFKA_* variable into a broker setting.)
set -euo pipefail

config="$(mktemp)"
trap 'rm -f "${config}"' EXIT
{
  echo "security.protocol=${HEALTHCHECK_SECURITY_PROTOCOL:?}"
  echo "sasl.mechanism=PLAIN"
  echo "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"${HEALTHCHECK_SASL_USERNAME:?}\" password=\"${HEALTHCHECK_SASL_PASSWORD:?}\";"
  if [ -n "${HEALTHCHECK_SSL_TRUSTSTORE_LOCATION:-}" ]; then
    echo "ssl.truststore.location=${HEALTHCHECK_SSL_TRUSTSTORE_LOCATION}"
    echo "ssl.truststore.password=${HEALTHCHECK_SSL_TRUSTSTORE_PASSWORD:-}"
    echo "ssl.truststore.type=${HEALTHCHECK_SSL_TRUSTSTORE_TYPE:-PKCS12}"
  fi
} > "${config}"

/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server "${HEALTHCHECK_BOOTSTRAP_SERVERS:?}" \
  --command-config "${config}" > /dev/null 2>&1
