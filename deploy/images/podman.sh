# Sourced by deploy/images/build and smoke: podman with runc, as root, configured for these machines. Debian's podman
# defaults to crun, which cannot set the open-files limit here; runc can, with no ulimits of podman's own and cgroupfs
# (no systemd to delegate cgroups). Installs both from Debian when they are missing; exports CONTAINERS_CONF.

polku_podman() {
  (( EUID == 0 )) || { echo "error: podman runs here as root (host networking, cgroupfs); run this as root" >&2; return 1; }
  if ! command -v podman >/dev/null || ! command -v runc >/dev/null; then
    echo "[podman] installing podman and runc" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc >/dev/null
  fi
  mkdir -p "$1"
  cat > "$1/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
  export CONTAINERS_CONF="$1/containers.conf"
}
