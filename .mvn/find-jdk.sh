# Finds a JDK >= 21 and exports JAVA_HOME. POSIX sh, sourced by ./tdkt and ./mvnw.
# Order: $JAVA_HOME, the java on PATH, then the newest JDK under /usr/lib/jvm (Linux),
# /Library/Java/JavaVirtualMachines (macOS) and ~/.sdkman/candidates/java.
# TDKT_MIN_JAVA overrides the minimum (default 21).

tdkt_java_major() { # $1 = a JDK home; prints its major version, or 0
  if [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
  else
    echo 0
  fi
}

tdkt_find_jdk() {
  tdkt_min="${TDKT_MIN_JAVA:-21}"
  tdkt_seen=""
  if [ -n "${JAVA_HOME-}" ]; then
    tdkt_v="$(tdkt_java_major "$JAVA_HOME")"
    [ "${tdkt_v:-0}" -ge "$tdkt_min" ] && export JAVA_HOME && return 0
    tdkt_seen="JAVA_HOME=$JAVA_HOME (java ${tdkt_v:-?})"
  fi
  tdkt_best="" tdkt_best_v=0
  tdkt_path_java="$(command -v java 2>/dev/null || true)"
  tdkt_path_home=""
  if [ -n "$tdkt_path_java" ]; then
    tdkt_path_home="$(dirname "$(dirname "$(readlink -f "$tdkt_path_java" 2>/dev/null || echo "$tdkt_path_java")")")"
  fi
  tdkt_glob_off=""
  case $- in *f*) tdkt_glob_off=1; set +f ;; esac # ./mvnw runs with globbing off
  for tdkt_home in "$tdkt_path_home" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$tdkt_home" ] && [ -d "$tdkt_home" ] || continue
    tdkt_home="$(readlink -f "$tdkt_home" 2>/dev/null || echo "$tdkt_home")" # aliases -> one real directory
    case "$tdkt_seen, " in *"$tdkt_home (java"*) continue ;; esac
    tdkt_v="$(tdkt_java_major "$tdkt_home")"
    [ "${tdkt_v:-0}" -gt 0 ] || continue
    tdkt_seen="${tdkt_seen:+$tdkt_seen, }$tdkt_home (java $tdkt_v)"
    if [ "$tdkt_v" -gt "$tdkt_best_v" ]; then
      tdkt_best="$tdkt_home" tdkt_best_v="$tdkt_v"
    fi
  done
  [ -z "$tdkt_glob_off" ] || set -f
  if [ "$tdkt_best_v" -ge "$tdkt_min" ]; then
    JAVA_HOME="$tdkt_best"
    export JAVA_HOME
    return 0
  fi
  echo "tdkt needs a JDK $tdkt_min or newer; found: ${tdkt_seen:-no JDK at all}." >&2
  echo "Install one (e.g. Temurin $tdkt_min+) and set JAVA_HOME to it." >&2
  return 1
}
