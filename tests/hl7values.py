#!/usr/bin/python3
"""What Debian's python3-hl7 reads at HL7 paths, for tst_hl7compare.

usage: /usr/bin/python3 hl7values.py FILE < requests

Each request line is "<message index><TAB><path>": the 0-based index of a message in FILE and a
path in this project's notation (PID, PID-5, OBX(2)-5.1, PID-3(2).1.2). Prints one JSON object,
{"messages": N, "values": [[raw, value, display], ...]}, one entry per request, in order:

  raw      the part's text as python-hl7 rebuilds it (str() of its container), escapes kept;
           null when python-hl7 has no such part
  value    what Message.extract_field returns for the path, python-hl7's own reading
  display  python-hl7's unescape of the raw leaf with an application map for the sequences this
           project shows differently on purpose (see DISPLAY); null when not a leaf

Only what python-hl7 cannot do by itself is done here, each step saying why.
"""

import json
import logging
import re
import sys

import hl7
import hl7.util

# This project drops highlighting (\H\ \N\) and shows \.br\ as a line feed; python-hl7 maps them
# to "_" and CR by default and takes an application map to override exactly these.
DISPLAY = {"H": "", "N": "", ".br": "\n"}

# python-hl7 leaves the charset to the caller (parse(..., encoding=...)); HL7 table 0211 names to
# Python codecs, for the names the fixtures use.
CODECS = {"": "utf-8", "ASCII": "utf-8", "UNICODE UTF-8": "utf-8", "8859/1": "latin-1",
          "ISO IR100": "latin-1", "8859/15": "iso8859-15"}

PATH = re.compile(r"^([A-Z0-9]{3})(?:\((\d+)\))?(?:-(\d+)(?:\((\d+)\))?(?:\.(\d+)(?:\.(\d+))?)?)?$")


def messages_of(data):
    # python-hl7's MLLP client strips VT and FS; parse_hl7 expects them gone.
    data = data.replace(b"\x0b", b"").replace(b"\x1c", b"")
    # python-hl7 splits segments on CR only and takes an empty line for a (broken) segment.
    data = re.sub(rb"(\r\n|\n|\r)+", b"\r", data)
    # Latin-1 maps every byte, so MSH-18 can be read before the real charset is known.
    parsed = hl7.parse_hl7(data.decode("latin-1"), encoding="latin-1")
    if isinstance(parsed, hl7.File):
        flat = [m for batch in parsed for m in batch]
    elif isinstance(parsed, hl7.Batch):
        flat = list(parsed)
    else:
        flat = [parsed]
    out = []
    for message in flat:
        charset = message.extract_field("MSH", 1, 18) if len(message.segment("MSH")) > 18 else ""
        codec = CODECS.get(str(charset).strip().upper(), "latin-1")
        text = str(message).encode("latin-1").decode(codec)
        out.append(hl7.parse(text))
    return out


def child(node, index):
    """The index-th (1-based) child of a field, repetition or component; python-hl7 keeps a level
    that has no separator as a plain string, which is then its own only child."""
    children = [node] if isinstance(node, str) else list(node)
    return children[index - 1] if 1 <= index <= len(children) else None


def lookup(message, path):
    match = PATH.match(path)
    if not match:
        return None, None, None
    name, occurrence, field, repetition, component, subcomponent = (
        match.group(1), int(match.group(2) or 1), *(int(g) if g else None for g in match.groups()[2:]))
    try:
        segment = message.segments(name)(occurrence)
    except (KeyError, IndexError):
        return None, None, None
    if field is None:
        return str(segment), None, None
    if field >= len(segment):
        raw = None
    else:
        node = segment[field]
        if repetition is not None or component is not None:
            node = child(node, repetition or 1)
            if node is not None and component is not None:
                node = child(node, component)
                if node is not None and subcomponent is not None:
                    node = child(node, subcomponent)
        raw = None if node is None else str(node)
    try:
        value = message.extract_field(name, occurrence, field, repetition or 1, component or 1,
                                      subcomponent or 1)
    except (IndexError, KeyError):
        value = None
    display = None
    if raw is not None and not (name in ("MSH", "BHS", "FHS") and field in (1, 2)):
        display = hl7.util.unescape(segment, raw, DISPLAY)
    return raw, value, display


def main():
    # python-hl7 logs each sequence it cannot decode (with the field's text); the test compares.
    logging.disable(logging.CRITICAL)
    with open(sys.argv[1], "rb") as f:
        messages = messages_of(f.read())
    values = []
    for line in sys.stdin.read().splitlines():
        index, path = line.split("\t")
        index = int(index)
        values.append(list(lookup(messages[index], path)) if index < len(messages) else [None] * 3)
    json.dump({"messages": len(messages), "values": values}, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
