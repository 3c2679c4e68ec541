#!/usr/bin/env bash
# Makes hl7capture-sample.pcapng, the capture the app offers at its first start and opens with
# --demo, from two recorded test fixtures (tests/fixtures/capture, recorded by record.sh between
# real peers on the loopback, with made-up messages): one MLLP exchange and one ASTM-style
# exchange, merged in time order. Needs mergecap (Debian: wireshark-common); no network.
#   bash resources/samples/make-sample.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../../tests/fixtures/capture"
mergecap -F pcapng -w "$here/hl7capture-sample.pcapng" \
    "$fixtures/mllp_send__hl7_mllp_server.pcapng" \
    "$fixtures/astm_device__astm_lis.pcapng"
echo "wrote $here/hl7capture-sample.pcapng"
