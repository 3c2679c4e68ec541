<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AstmDecoder</name>
    <message>
        <source>frame cut off by control byte 0x%1 before its CR LF</source>
        <translation>Rahmen durch Steuerbyte 0x%1 vor seinem CR LF abgeschnitten</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Capture HL7 traffic from the start of the session</source>
        <translation>HL7-Verkehr ab der Anmeldung mitschneiden</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>CaptureChecks</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the start, acknowledge and end bytes must differ</source>
        <translation>Start-, Bestätigungs- und Endebyte müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>%1 cannot be a marker byte: the framing uses it already</source>
        <translation>%1 kann kein Markierungsbyte sein: die Rahmung verwendet es bereits</translation>
    </message>
</context>
<context>
    <name>CaptureConfig</name>
    <message>
        <source>The interface name must be one line.</source>
        <translation>Der Schnittstellenname muss einzeilig sein.</translation>
    </message>
    <message>
        <source>The capture filter must be one line.</source>
        <translation>Der Mitschnittfilter muss einzeilig sein.</translation>
    </message>
    <message>
        <source>Unknown framing &quot;%1&quot;; choose auto, astm, e1381 or mllp.</source>
        <translation>Unbekannte Rahmung „%1“; wählen Sie auto, astm, e1381 oder mllp.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not an IP address such as 192.168.1.20 or fe80::1.</source>
        <translation>Die Geräteadresse „%1“ ist keine IP-Adresse wie 192.168.1.20 oder fe80::1.</translation>
    </message>
    <message>
        <source>The LIS address &quot;%1&quot; is not an IP address such as 192.168.1.30 or fe80::1.</source>
        <translation>Die LIS-Adresse „%1“ ist keine IP-Adresse wie 192.168.1.30 oder fe80::1.</translation>
    </message>
    <message>
        <source>The LIS port must be a number from 1 to 65535, or empty for any port.</source>
        <translation>Der LIS-Port muss eine Zahl von 1 bis 65535 sein oder leer für einen beliebigen Port.</translation>
    </message>
    <message>
        <source>The proxy listens on PORT or ADDRESS:PORT, such as 2575 or 0.0.0.0:2575; &quot;%1&quot; is neither.</source>
        <translation>Der Proxy lauscht auf PORT oder ADRESSE:PORT, etwa 2575 oder 0.0.0.0:2575; „%1“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>The proxy needs the LIS to forward to, as HOST:PORT such as 192.168.1.30:2575.</source>
        <translation>Der Proxy benötigt das LIS, an das er weiterleitet, als HOST:PORT, etwa 192.168.1.30:2575.</translation>
    </message>
    <message>
        <source>The LIS to forward to must be HOST:PORT, such as 192.168.1.30:2575 or lis.example:2575; &quot;%1&quot; is not.</source>
        <translation>Das LIS, an das weitergeleitet wird, muss als HOST:PORT angegeben werden, etwa 192.168.1.30:2575 oder lis.example:2575; „%1“ ist das nicht.</translation>
    </message>
    <message>
        <source>A marker byte must be from 0 to 255 (0x00 to 0xff).</source>
        <translation>Ein Markierungsbyte muss zwischen 0 und 255 (0x00 bis 0xff) liegen.</translation>
    </message>
    <message>
        <source>These marker bytes cannot be used: %1.</source>
        <translation>Diese Markierungsbytes können nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>The idle gap must be from 1 to 3600 seconds.</source>
        <translation>Die Leerlaufpause muss zwischen 1 und 3600 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>&amp;Start Capture</source>
        <translation>Mitschnitt &amp;starten</translation>
    </message>
    <message>
        <source>Start capturing from the chosen source</source>
        <translation>Mitschnitt aus der gewählten Quelle starten</translation>
    </message>
    <message>
        <source>S&amp;top Capture</source>
        <translation>Mitschnitt &amp;beenden</translation>
    </message>
    <message>
        <source>Stop capturing</source>
        <translation>Mitschnitt beenden</translation>
    </message>
    <message>
        <source>&amp;Pause Capture</source>
        <translation>Mitschnitt &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause or resume capturing</source>
        <translation>Mitschnitt pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Open Capture File…</source>
        <translation>Mitschnittdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Read sessions from .pcap or .pcapng files</source>
        <translation>Sitzungen aus .pcap- oder .pcapng-Dateien lesen</translation>
    </message>
    <message>
        <source>Capture S&amp;ource…</source>
        <translation>Mitschnitt&amp;quelle…</translation>
    </message>
    <message>
        <source>Choose the interface, file or proxy, the framing and the addresses</source>
        <translation>Schnittstelle, Datei oder Proxy, Rahmung und Adressen wählen</translation>
    </message>
    <message>
        <source>&amp;Resume Capture</source>
        <translation>Mitschnitt fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Capturing is not available in this window.</source>
        <translation>In diesem Fenster ist kein Mitschnitt verfügbar.</translation>
    </message>
    <message>
        <source>A capture is running already; stop it first.</source>
        <translation>Es läuft bereits ein Mitschnitt; beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Stop the running capture before opening a capture file.</source>
        <translation>Beenden Sie den laufenden Mitschnitt, bevor Sie eine Mitschnittdatei öffnen.</translation>
    </message>
    <message>
        <source>Open Capture File</source>
        <translation>Mitschnittdatei öffnen</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Mitschnittdateien (*.pcap *.pcapng *.cap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Mitschnittdatei öffnen</translation>
    </message>
</context>
<context>
    <name>CaptureEngine</name>
    <message>
        <source>further warnings left out</source>
        <translation>weitere Warnungen ausgelassen</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>Rahmen %1: %2</translation>
    </message>
</context>
<context>
    <name>CaptureSourceDialog</name>
    <message>
        <source>any (every interface)</source>
        <translation>any (alle Schnittstellen)</translation>
    </message>
    <message>
        <source>%1, loopback</source>
        <translation>%1, Loopback</translation>
    </message>
    <message>
        <source>%1, down</source>
        <translation>%1, inaktiv</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capture Source</source>
        <translation>Mitschnittquelle</translation>
    </message>
    <message>
        <source>Capture source</source>
        <translation>Mitschnittquelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Start Capture</source>
        <translation>Mitschnitt &amp;starten</translation>
    </message>
    <message>
        <source>Save and start capture</source>
        <translation>Speichern und Mitschnitt starten</translation>
    </message>
    <message>
        <source>Save without starting</source>
        <translation>Speichern ohne zu starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Network &amp;interface</source>
        <translation>&amp;Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Capture &amp;file</source>
        <translation>Mitschnitt&amp;datei</translation>
    </message>
    <message>
        <source>Recording &amp;proxy</source>
        <translation>&amp;Aufzeichnungs-Proxy</translation>
    </message>
    <message>
        <source>Capture on a network interface</source>
        <translation>Auf einer Netzwerkschnittstelle mitschneiden</translation>
    </message>
    <message>
        <source>Read a capture file</source>
        <translation>Eine Mitschnittdatei lesen</translation>
    </message>
    <message>
        <source>Record through the proxy</source>
        <translation>Über den Proxy aufzeichnen</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Listing interfaces…</source>
        <translation>Schnittstellen werden aufgelistet…</translation>
    </message>
    <message>
        <source>Interface note</source>
        <translation>Hinweis zur Schnittstelle</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Mitschnittdatei</translation>
    </message>
    <message>
        <source>A .pcap or .pcapng file</source>
        <translation>Eine .pcap- oder .pcapng-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a capture file</source>
        <translation>Nach einer Mitschnittdatei suchen</translation>
    </message>
    <message>
        <source>Proxy listens on</source>
        <translation>Proxy lauscht auf</translation>
    </message>
    <message>
        <source>[ADDRESS:]PORT, such as 2575</source>
        <translation>[ADRESSE:]PORT, etwa 2575</translation>
    </message>
    <message>
        <source>Proxy forwards to</source>
        <translation>Proxy leitet weiter an</translation>
    </message>
    <message>
        <source>HOST:PORT of the LIS, such as 192.168.1.30:2575</source>
        <translation>HOST:PORT des LIS, etwa 192.168.1.30:2575</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Schnittstelle:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Forward to LIS:</source>
        <translation>Weiterleiten an LIS:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Rahmung</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>ASTM-style (ENQ, ACK, EOT)</source>
        <translation>ASTM-artig (ENQ, ACK, EOT)</translation>
    </message>
    <message>
        <source>ASTM E1381</source>
        <translation>ASTM E1381</translation>
    </message>
    <message>
        <source>MLLP (HL7)</source>
        <translation>MLLP (HL7)</translation>
    </message>
    <message>
        <source>Device IP address</source>
        <translation>IP-Adresse des Geräts</translation>
    </message>
    <message>
        <source>any, or such as 192.168.1.20</source>
        <translation>beliebig oder etwa 192.168.1.20</translation>
    </message>
    <message>
        <source>LIS IP address</source>
        <translation>IP-Adresse des LIS</translation>
    </message>
    <message>
        <source>any, or such as 192.168.1.30</source>
        <translation>beliebig oder etwa 192.168.1.30</translation>
    </message>
    <message>
        <source>LIS port</source>
        <translation>LIS-Port</translation>
    </message>
    <message>
        <source>any, or such as 2575</source>
        <translation>beliebig oder etwa 2575</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>Mitschnittfilter</translation>
    </message>
    <message>
        <source>A BPF expression; empty: built from the addresses above.</source>
        <translation>Ein BPF-Ausdruck; leer: wird aus den obigen Adressen gebildet.</translation>
    </message>
    <message>
        <source>F&amp;raming:</source>
        <translation>&amp;Rahmung:</translation>
    </message>
    <message>
        <source>&amp;Device IP:</source>
        <translation>&amp;Geräte-IP:</translation>
    </message>
    <message>
        <source>&amp;LIS IP:</source>
        <translation>&amp;LIS-IP:</translation>
    </message>
    <message>
        <source>LIS p&amp;ort:</source>
        <translation>LIS-P&amp;ort:</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Startbyte</translation>
    </message>
    <message>
        <source>Acknowledge byte</source>
        <translation>Bestätigungsbyte</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Endebyte</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>MLLP idle gap in seconds</source>
        <translation>MLLP-Leerlaufpause in Sekunden</translation>
    </message>
    <message>
        <source>MLLP: a pause this long ends a session on a connection that stays open.</source>
        <translation>MLLP: Eine Pause dieser Länge beendet eine Sitzung auf einer Verbindung, die offen bleibt.</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Acknowledge:</source>
        <translation>Bestätigung:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Marker bytes:</source>
        <translation>Markierungsbytes:</translation>
    </message>
    <message>
        <source>MLLP idle &amp;gap:</source>
        <translation>MLLP-Leerlauf&amp;pause:</translation>
    </message>
    <message>
        <source>Every interface</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (derzeit nicht gefunden)</translation>
    </message>
    <message>
        <source>The interfaces could not be listed: %1</source>
        <translation>Die Schnittstellen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Capturing needs root or CAP_NET_RAW; use the proxy instead.</source>
        <translation>Der Mitschnitt erfordert root oder CAP_NET_RAW; verwenden Sie stattdessen den Proxy.</translation>
    </message>
    <message>
        <source>Open Capture File</source>
        <translation>Mitschnittdatei öffnen</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Mitschnittdateien (*.pcap *.pcapng *.cap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the capture file to read.</source>
        <translation>Wählen Sie die zu lesende Mitschnittdatei.</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Die Auswahl konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CaptureStatusWidget</name>
    <message>
        <source>Capture status</source>
        <translation>Mitschnittstatus</translation>
    </message>
    <message>
        <source>Capture state</source>
        <translation>Mitschnittzustand</translation>
    </message>
    <message>
        <source>Capture file progress</source>
        <translation>Fortschritt der Mitschnittdatei</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Captured sessions and messages</source>
        <translation>Mitgeschnittene Sitzungen und Nachrichten</translation>
    </message>
    <message>
        <source>Last capture error</source>
        <translation>Letzter Mitschnittfehler</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Capturing on every interface</source>
        <translation>Mitschnitt auf allen Schnittstellen</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Mitschnitt auf %1</translation>
    </message>
    <message>
        <source>Proxy on port %1</source>
        <translation>Proxy auf Port %1</translation>
    </message>
    <message>
        <source>Starting the proxy…</source>
        <translation>Proxy wird gestartet…</translation>
    </message>
    <message>
        <source>%1 (%2 more waiting)</source>
        <translation>%1 (%2 weitere wartend)</translation>
    </message>
    <message>
        <source>%1
Waiting: %2</source>
        <translation>%1
Wartend: %2</translation>
    </message>
    <message>
        <source>Sessions: %1  Messages: %2</source>
        <translation>Sitzungen: %1  Nachrichten: %2</translation>
    </message>
    <message>
        <source>%1  Open: %2</source>
        <translation>%1  Offen: %2</translation>
    </message>
</context>
<context>
    <name>CaptureWorker</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Capturing on %1 with filter &quot;%2&quot;</source>
        <translation>Mitschnitt auf %1 mit Filter „%2“</translation>
    </message>
    <message>
        <source>Proxy listening on port %1, forwarding to %2:%3</source>
        <translation>Proxy lauscht auf Port %1 und leitet weiter an %2:%3</translation>
    </message>
    <message>
        <source>the capture was paused during this exchange</source>
        <translation>der Mitschnitt war während dieses Austauschs pausiert</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No collector endpoint is set: enter its URL first.</source>
        <translation>Es ist kein Collector-Endpunkt festgelegt: Geben Sie zuerst seine URL ein.</translation>
    </message>
    <message>
        <source>The collector at %1 refused the credentials: %2. Check the authorization header.</source>
        <translation>Der Collector unter %1 hat die Zugangsdaten abgelehnt: %2. Prüfen Sie den Authorization-Header.</translation>
    </message>
    <message>
        <source>The collector at %1 answered %2, a redirect: submission does not follow redirects.</source>
        <translation>Der Collector unter %1 antwortete mit %2, einer Weiterleitung: Die Übermittlung folgt keinen Weiterleitungen.</translation>
    </message>
    <message>
        <source>The collector at %1 answered %2, a redirect to %3: submission does not follow redirects, so enter that address as the endpoint.</source>
        <translation>Der Collector unter %1 antwortete mit %2, einer Weiterleitung an %3: Die Übermittlung folgt keinen Weiterleitungen, geben Sie daher diese Adresse als Endpunkt ein.</translation>
    </message>
    <message>
        <source>Connected securely (%1, certificate trusted): %2 from %3 (the collector answers; this test sent HEAD, submission uses POST).</source>
        <translation>Sicher verbunden (%1, Zertifikat vertrauenswürdig): %2 von %3 (der Collector antwortet; dieser Test sendete HEAD, die Übermittlung verwendet POST).</translation>
    </message>
    <message>
        <source>Connected: %1 from %2 (the collector answers; this test sent HEAD, submission uses POST).</source>
        <translation>Verbunden: %1 von %2 (der Collector antwortet; dieser Test sendete HEAD, die Übermittlung verwendet POST).</translation>
    </message>
    <message>
        <source>Timed out after %1 s: %2 did not answer.</source>
        <translation>Zeitüberschreitung nach %1 s: %2 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the collector running, and on that port?</source>
        <translation>Verbindung von %1 abgelehnt: Läuft der Collector, und zwar auf diesem Port?</translation>
    </message>
    <message>
        <source>Host not found: %1.</source>
        <translation>Host nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (an https:// collector addressed as http://?).</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen (ein https://-Collector, der als http:// angesprochen wurde?).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>If the collector&apos;s certificate comes from a private CA, choose that CA&apos;s certificate as the CA file.</source>
        <translation>Stammt das Zertifikat des Collectors von einer privaten CA, wählen Sie das Zertifikat dieser CA als CA-Datei.</translation>
    </message>
    <message>
        <source>The CA file %1 does not vouch for it either.</source>
        <translation>Auch die CA-Datei %1 bestätigt es nicht.</translation>
    </message>
    <message>
        <source>Certificate not trusted: %1. %2</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1. %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>es kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>the sample capture is missing from the program: %1</source>
        <translation>der Beispielmitschnitt fehlt im Programm: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>Zugriff auf %1 kann nicht auf den Besitzer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot sync folder %1: %2</source>
        <translation>Ordner %1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <translation>Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot make folder %1 private: %2</source>
        <translation>Zugriff auf Ordner %1 kann nicht auf den Besitzer beschränkt werden: %2</translation>
    </message>
</context>
<context>
    <name>E1381Decoder</name>
    <message>
        <source>message ends with an intermediate frame (ETB) and no last frame (ETX)</source>
        <translation>Nachricht endet mit einem Zwischenrahmen (ETB) ohne letzten Rahmen (ETX)</translation>
    </message>
    <message>
        <source>frame cut off by control byte 0x%1 before its ETB or ETX</source>
        <translation>Rahmen durch Steuerbyte 0x%1 vor seinem ETB oder ETX abgeschnitten</translation>
    </message>
    <message>
        <source>frame without a frame number 0-7</source>
        <translation>Rahmen ohne Rahmennummer 0-7</translation>
    </message>
    <message>
        <source>frame %1: malformed end, expected two hex checksum digits and CR LF</source>
        <translation>Rahmen %1: fehlerhaftes Ende, erwartet wurden zwei hexadezimale Prüfsummenziffern und CR LF</translation>
    </message>
    <message>
        <source>frame %1: checksum %2, expected %3</source>
        <translation>Rahmen %1: Prüfsumme %2, erwartet %3</translation>
    </message>
</context>
<context>
    <name>ElementByteModel</name>
    <message>
        <source>Byte %1 (0x%2): 0x%3 %4</source>
        <translation>Byte %1 (0x%2): 0x%3 %4</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ElementTimelineModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>message type · control ID</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Message type %1, control ID %2</source>
        <translation>Nachrichtentyp %1, Kontroll-ID %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>FramingDecoder</name>
    <message>
        <source>bytes outside any frame</source>
        <translation>Bytes außerhalb eines Rahmens</translation>
    </message>
    <message>
        <source>incomplete frame at end of stream</source>
        <translation>unvollständiger Rahmen am Ende des Datenstroms</translation>
    </message>
    <message>
        <source>frame longer than %1 bytes: cut off here, decoding resumes at the next frame</source>
        <translation>Rahmen länger als %1 Bytes: hier abgeschnitten, die Dekodierung wird beim nächsten Rahmen fortgesetzt</translation>
    </message>
</context>
<context>
    <name>Hl7::Message</name>
    <message>
        <source>the message does not start with an MSH segment</source>
        <translation>die Nachricht beginnt nicht mit einem MSH-Segment</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at byte %2 is not a segment name</source>
        <translation>„%1“ bei Byte %2 ist kein Segmentname</translation>
    </message>
</context>
<context>
    <name>Hl7Dictionary</name>
    <message>
        <source>Z-segment (site-defined)</source>
        <translation>Z-Segment (standortspezifisch)</translation>
    </message>
    <message>
        <source>Set ID - AL1</source>
        <translation>Set-ID - AL1</translation>
    </message>
    <message>
        <source>Allergen Type Code</source>
        <translation>Allergentypcode</translation>
    </message>
    <message>
        <source>Allergen Code/Mnemonic/Description</source>
        <translation>Allergencode/Mnemonik/Beschreibung</translation>
    </message>
    <message>
        <source>Allergy Severity Code</source>
        <translation>Code für Allergieschweregrad</translation>
    </message>
    <message>
        <source>Allergy Reaction Code</source>
        <translation>Code für Allergiereaktion</translation>
    </message>
    <message>
        <source>Identification Date</source>
        <translation>Feststellungsdatum</translation>
    </message>
    <message>
        <source>Batch Field Separator</source>
        <translation>Batch-Feldtrennzeichen</translation>
    </message>
    <message>
        <source>Batch Encoding Characters</source>
        <translation>Batch-Kodierungszeichen</translation>
    </message>
    <message>
        <source>Batch Sending Application</source>
        <translation>Batch-Senderanwendung</translation>
    </message>
    <message>
        <source>Batch Sending Facility</source>
        <translation>Batch-Sendereinrichtung</translation>
    </message>
    <message>
        <source>Batch Receiving Application</source>
        <translation>Batch-Empfängeranwendung</translation>
    </message>
    <message>
        <source>Batch Receiving Facility</source>
        <translation>Batch-Empfängereinrichtung</translation>
    </message>
    <message>
        <source>Batch Creation Date/Time</source>
        <translation>Batch-Erstellungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Batch Security</source>
        <translation>Batch-Sicherheit</translation>
    </message>
    <message>
        <source>Batch Name/ID/Type</source>
        <translation>Batch-Name/-ID/-Typ</translation>
    </message>
    <message>
        <source>Batch Comment</source>
        <translation>Batch-Kommentar</translation>
    </message>
    <message>
        <source>Batch Control ID</source>
        <translation>Batch-Kontroll-ID</translation>
    </message>
    <message>
        <source>Reference Batch Control ID</source>
        <translation>Referenz-Batch-Kontroll-ID</translation>
    </message>
    <message>
        <source>Batch Message Count</source>
        <translation>Anzahl der Nachrichten im Batch</translation>
    </message>
    <message>
        <source>Batch Totals</source>
        <translation>Batch-Summen</translation>
    </message>
    <message>
        <source>Set ID - DG1</source>
        <translation>Set-ID - DG1</translation>
    </message>
    <message>
        <source>Diagnosis Coding Method</source>
        <translation>Kodiermethode der Diagnose</translation>
    </message>
    <message>
        <source>Diagnosis Code - DG1</source>
        <translation>Diagnosecode - DG1</translation>
    </message>
    <message>
        <source>Diagnosis Description</source>
        <translation>Diagnosebeschreibung</translation>
    </message>
    <message>
        <source>Diagnosis Date/Time</source>
        <translation>Diagnosedatum/-zeit</translation>
    </message>
    <message>
        <source>Diagnosis Type</source>
        <translation>Diagnosetyp</translation>
    </message>
    <message>
        <source>Major Diagnostic Category</source>
        <translation>Hauptdiagnosekategorie</translation>
    </message>
    <message>
        <source>Diagnostic Related Group</source>
        <translation>Diagnosebezogene Fallgruppe (DRG)</translation>
    </message>
    <message>
        <source>DRG Approval Indicator</source>
        <translation>DRG-Genehmigungskennzeichen</translation>
    </message>
    <message>
        <source>DRG Grouper Review Code</source>
        <translation>DRG-Grouper-Prüfcode</translation>
    </message>
    <message>
        <source>Outlier Type</source>
        <translation>Ausreißertyp</translation>
    </message>
    <message>
        <source>Outlier Days</source>
        <translation>Ausreißertage</translation>
    </message>
    <message>
        <source>Outlier Cost</source>
        <translation>Ausreißerkosten</translation>
    </message>
    <message>
        <source>Grouper Version and Type</source>
        <translation>Grouper-Version und -Typ</translation>
    </message>
    <message>
        <source>Diagnosis Priority</source>
        <translation>Diagnosepriorität</translation>
    </message>
    <message>
        <source>Diagnosing Clinician</source>
        <translation>Diagnostizierender Arzt</translation>
    </message>
    <message>
        <source>Diagnosis Classification</source>
        <translation>Diagnoseklassifikation</translation>
    </message>
    <message>
        <source>Confidential Indicator</source>
        <translation>Vertraulichkeitskennzeichen</translation>
    </message>
    <message>
        <source>Attestation Date/Time</source>
        <translation>Bestätigungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Diagnosis Identifier</source>
        <translation>Diagnosekennung</translation>
    </message>
    <message>
        <source>Diagnosis Action Code</source>
        <translation>Aktionscode der Diagnose</translation>
    </message>
    <message>
        <source>Continuation Pointer</source>
        <translation>Fortsetzungszeiger</translation>
    </message>
    <message>
        <source>Continuation Style</source>
        <translation>Fortsetzungsart</translation>
    </message>
    <message>
        <source>Reference Command Number</source>
        <translation>Referenz-Befehlsnummer</translation>
    </message>
    <message>
        <source>Remote Control Command</source>
        <translation>Fernsteuerungsbefehl</translation>
    </message>
    <message>
        <source>Response Required</source>
        <translation>Antwort erforderlich</translation>
    </message>
    <message>
        <source>Requested Completion Time</source>
        <translation>Gewünschte Fertigstellungszeit</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Command Response</source>
        <translation>Befehlsantwort</translation>
    </message>
    <message>
        <source>Date/Time Completed</source>
        <translation>Fertigstellungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Command Response Parameters</source>
        <translation>Parameter der Befehlsantwort</translation>
    </message>
    <message>
        <source>Equipment Instance Identifier</source>
        <translation>Kennung der Geräteinstanz</translation>
    </message>
    <message>
        <source>Event Date/Time</source>
        <translation>Ereignisdatum/-zeit</translation>
    </message>
    <message>
        <source>Equipment State</source>
        <translation>Gerätezustand</translation>
    </message>
    <message>
        <source>Local/Remote Control State</source>
        <translation>Steuerungszustand lokal/fern</translation>
    </message>
    <message>
        <source>Alert Level</source>
        <translation>Alarmstufe</translation>
    </message>
    <message>
        <source>Error Code and Location</source>
        <translation>Fehlercode und -ort</translation>
    </message>
    <message>
        <source>Error Location</source>
        <translation>Fehlerort</translation>
    </message>
    <message>
        <source>HL7 Error Code</source>
        <translation>HL7-Fehlercode</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Application Error Code</source>
        <translation>Anwendungsfehlercode</translation>
    </message>
    <message>
        <source>Application Error Parameter</source>
        <translation>Anwendungsfehlerparameter</translation>
    </message>
    <message>
        <source>Diagnostic Information</source>
        <translation>Diagnoseinformationen</translation>
    </message>
    <message>
        <source>User Message</source>
        <translation>Benutzernachricht</translation>
    </message>
    <message>
        <source>Inform Person Indicator</source>
        <translation>Kennzeichen „Person informieren“</translation>
    </message>
    <message>
        <source>Override Type</source>
        <translation>Übersteuerungstyp</translation>
    </message>
    <message>
        <source>Override Reason Code</source>
        <translation>Code für Übersteuerungsgrund</translation>
    </message>
    <message>
        <source>Help Desk Contact Point</source>
        <translation>Helpdesk-Kontakt</translation>
    </message>
    <message>
        <source>Event Type Code</source>
        <translation>Ereignistypcode</translation>
    </message>
    <message>
        <source>Recorded Date/Time</source>
        <translation>Erfassungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Date/Time Planned Event</source>
        <translation>Datum/Zeit des geplanten Ereignisses</translation>
    </message>
    <message>
        <source>Event Reason Code</source>
        <translation>Code für Ereignisgrund</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>Bediener-ID</translation>
    </message>
    <message>
        <source>Event Occurred</source>
        <translation>Ereigniszeitpunkt</translation>
    </message>
    <message>
        <source>Event Facility</source>
        <translation>Ereigniseinrichtung</translation>
    </message>
    <message>
        <source>File Field Separator</source>
        <translation>Datei-Feldtrennzeichen</translation>
    </message>
    <message>
        <source>File Encoding Characters</source>
        <translation>Datei-Kodierungszeichen</translation>
    </message>
    <message>
        <source>File Sending Application</source>
        <translation>Datei-Senderanwendung</translation>
    </message>
    <message>
        <source>File Sending Facility</source>
        <translation>Datei-Sendereinrichtung</translation>
    </message>
    <message>
        <source>File Receiving Application</source>
        <translation>Datei-Empfängeranwendung</translation>
    </message>
    <message>
        <source>File Receiving Facility</source>
        <translation>Datei-Empfängereinrichtung</translation>
    </message>
    <message>
        <source>File Creation Date/Time</source>
        <translation>Datei-Erstellungsdatum/-zeit</translation>
    </message>
    <message>
        <source>File Security</source>
        <translation>Datei-Sicherheit</translation>
    </message>
    <message>
        <source>File Name/ID</source>
        <translation>Dateiname/-ID</translation>
    </message>
    <message>
        <source>File Header Comment</source>
        <translation>Datei-Kopfkommentar</translation>
    </message>
    <message>
        <source>File Control ID</source>
        <translation>Datei-Kontroll-ID</translation>
    </message>
    <message>
        <source>Reference File Control ID</source>
        <translation>Referenz-Datei-Kontroll-ID</translation>
    </message>
    <message>
        <source>File Batch Count</source>
        <translation>Anzahl der Batches in der Datei</translation>
    </message>
    <message>
        <source>File Trailer Comment</source>
        <translation>Datei-Abschlusskommentar</translation>
    </message>
    <message>
        <source>Acknowledgment Code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>Message Control ID</source>
        <translation>Nachrichtenkontroll-ID</translation>
    </message>
    <message>
        <source>Text Message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>Expected Sequence Number</source>
        <translation>Erwartete Sequenznummer</translation>
    </message>
    <message>
        <source>Delayed Acknowledgment Type</source>
        <translation>Typ der verzögerten Bestätigung</translation>
    </message>
    <message>
        <source>Error Condition</source>
        <translation>Fehlerbedingung</translation>
    </message>
    <message>
        <source>Field Separator</source>
        <translation>Feldtrennzeichen</translation>
    </message>
    <message>
        <source>Encoding Characters</source>
        <translation>Kodierungszeichen</translation>
    </message>
    <message>
        <source>Sending Application</source>
        <translation>Senderanwendung</translation>
    </message>
    <message>
        <source>Sending Facility</source>
        <translation>Sendereinrichtung</translation>
    </message>
    <message>
        <source>Receiving Application</source>
        <translation>Empfängeranwendung</translation>
    </message>
    <message>
        <source>Receiving Facility</source>
        <translation>Empfängereinrichtung</translation>
    </message>
    <message>
        <source>Date/Time of Message</source>
        <translation>Datum/Zeit der Nachricht</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Message Type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>Processing ID</source>
        <translation>Verarbeitungs-ID</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>Versions-ID</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>Accept Acknowledgment Type</source>
        <translation>Typ der Annahmebestätigung</translation>
    </message>
    <message>
        <source>Application Acknowledgment Type</source>
        <translation>Typ der Anwendungsbestätigung</translation>
    </message>
    <message>
        <source>Country Code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Character Set</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <source>Principal Language of Message</source>
        <translation>Hauptsprache der Nachricht</translation>
    </message>
    <message>
        <source>Alternate Character Set Handling Scheme</source>
        <translation>Verfahren für alternative Zeichensätze</translation>
    </message>
    <message>
        <source>Message Profile Identifier</source>
        <translation>Kennung des Nachrichtenprofils</translation>
    </message>
    <message>
        <source>Set ID - NK1</source>
        <translation>Set-ID - NK1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Business Phone Number</source>
        <translation>Geschäftliche Telefonnummer</translation>
    </message>
    <message>
        <source>Contact Role</source>
        <translation>Kontaktrolle</translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End Date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Job Title</source>
        <translation>Angehörige / zugehörige Personen: Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Job Code/Class</source>
        <translation>Angehörige / zugehörige Personen: Berufscode/-klasse</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Employee Number</source>
        <translation>Angehörige / zugehörige Personen: Personalnummer</translation>
    </message>
    <message>
        <source>Organization Name - NK1</source>
        <translation>Organisationsname - NK1</translation>
    </message>
    <message>
        <source>Marital Status</source>
        <translation>Familienstand</translation>
    </message>
    <message>
        <source>Administrative Sex</source>
        <translation>Administratives Geschlecht</translation>
    </message>
    <message>
        <source>Date/Time of Birth</source>
        <translation>Geburtsdatum/-zeit</translation>
    </message>
    <message>
        <source>Living Dependency</source>
        <translation>Versorgungsabhängigkeit</translation>
    </message>
    <message>
        <source>Ambulatory Status</source>
        <translation>Mobilitätsstatus</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Primary Language</source>
        <translation>Hauptsprache</translation>
    </message>
    <message>
        <source>Living Arrangement</source>
        <translation>Wohnsituation</translation>
    </message>
    <message>
        <source>Publicity Code</source>
        <translation>Veröffentlichungscode</translation>
    </message>
    <message>
        <source>Protection Indicator</source>
        <translation>Schutzkennzeichen</translation>
    </message>
    <message>
        <source>Student Indicator</source>
        <translation>Ausbildungskennzeichen</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Mother&apos;s Maiden Name</source>
        <translation>Geburtsname der Mutter</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalität</translation>
    </message>
    <message>
        <source>Ethnic Group</source>
        <translation>Ethnische Gruppe</translation>
    </message>
    <message>
        <source>Contact Reason</source>
        <translation>Kontaktgrund</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Name</source>
        <translation>Name der Kontaktperson</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Telephone Number</source>
        <translation>Telefonnummer der Kontaktperson</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Address</source>
        <translation>Adresse der Kontaktperson</translation>
    </message>
    <message>
        <source>Next of Kin/Associated Party&apos;s Identifiers</source>
        <translation>Kennungen der Angehörigen/zugehörigen Person</translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation>Beschäftigungsstatus</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Abstammung</translation>
    </message>
    <message>
        <source>Handicap</source>
        <translation>Behinderung</translation>
    </message>
    <message>
        <source>Contact Person Social Security Number</source>
        <translation>Sozialversicherungsnummer der Kontaktperson</translation>
    </message>
    <message>
        <source>Next of Kin Birth Place</source>
        <translation>Geburtsort der angehörigen Person</translation>
    </message>
    <message>
        <source>VIP Indicator</source>
        <translation>VIP-Kennzeichen</translation>
    </message>
    <message>
        <source>Set ID - NTE</source>
        <translation>Set-ID - NTE</translation>
    </message>
    <message>
        <source>Source of Comment</source>
        <translation>Herkunft des Kommentars</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment Type</source>
        <translation>Kommentartyp</translation>
    </message>
    <message>
        <source>Set ID - OBR</source>
        <translation>Set-ID - OBR</translation>
    </message>
    <message>
        <source>Placer Order Number</source>
        <translation>Auftragsnummer des Auftraggebers</translation>
    </message>
    <message>
        <source>Filler Order Number</source>
        <translation>Auftragsnummer des Auftragnehmers</translation>
    </message>
    <message>
        <source>Universal Service Identifier</source>
        <translation>Universelle Leistungskennung</translation>
    </message>
    <message>
        <source>Priority - OBR</source>
        <translation>Priorität - OBR</translation>
    </message>
    <message>
        <source>Requested Date/Time</source>
        <translation>Gewünschtes Datum/Zeit</translation>
    </message>
    <message>
        <source>Observation Date/Time</source>
        <translation>Beobachtungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Observation End Date/Time</source>
        <translation>Beobachtungsende (Datum/Zeit)</translation>
    </message>
    <message>
        <source>Collection Volume</source>
        <translation>Entnahmevolumen</translation>
    </message>
    <message>
        <source>Collector Identifier</source>
        <translation>Kennung des Probennehmers</translation>
    </message>
    <message>
        <source>Specimen Action Code</source>
        <translation>Probenaktionscode</translation>
    </message>
    <message>
        <source>Danger Code</source>
        <translation>Gefahrencode</translation>
    </message>
    <message>
        <source>Relevant Clinical Information</source>
        <translation>Relevante klinische Angaben</translation>
    </message>
    <message>
        <source>Specimen Received Date/Time</source>
        <translation>Probeneingangsdatum/-zeit</translation>
    </message>
    <message>
        <source>Specimen Source</source>
        <translation>Probenherkunft</translation>
    </message>
    <message>
        <source>Ordering Provider</source>
        <translation>Einsender</translation>
    </message>
    <message>
        <source>Order Callback Phone Number</source>
        <translation>Rückrufnummer für den Auftrag</translation>
    </message>
    <message>
        <source>Placer Field 1</source>
        <translation>Auftraggeberfeld 1</translation>
    </message>
    <message>
        <source>Placer Field 2</source>
        <translation>Auftraggeberfeld 2</translation>
    </message>
    <message>
        <source>Filler Field 1</source>
        <translation>Auftragnehmerfeld 1</translation>
    </message>
    <message>
        <source>Filler Field 2</source>
        <translation>Auftragnehmerfeld 2</translation>
    </message>
    <message>
        <source>Results Rpt/Status Chng - Date/Time</source>
        <translation>Ergebnisbericht/Statusänderung - Datum/Zeit</translation>
    </message>
    <message>
        <source>Charge to Practice</source>
        <translation>Abrechnung an Praxis</translation>
    </message>
    <message>
        <source>Diagnostic Serv Sect ID</source>
        <translation>ID des diagnostischen Leistungsbereichs</translation>
    </message>
    <message>
        <source>Result Status</source>
        <translation>Ergebnisstatus</translation>
    </message>
    <message>
        <source>Parent Result</source>
        <translation>Übergeordnetes Ergebnis</translation>
    </message>
    <message>
        <source>Quantity/Timing</source>
        <translation>Menge/Zeitplanung</translation>
    </message>
    <message>
        <source>Result Copies To</source>
        <translation>Ergebniskopien an</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordneter Auftrag</translation>
    </message>
    <message>
        <source>Transportation Mode</source>
        <translation>Transportart</translation>
    </message>
    <message>
        <source>Reason for Study</source>
        <translation>Untersuchungsgrund</translation>
    </message>
    <message>
        <source>Principal Result Interpreter</source>
        <translation>Hauptbefunder</translation>
    </message>
    <message>
        <source>Assistant Result Interpreter</source>
        <translation>Assistierender Befunder</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Transcriptionist</source>
        <translation>Schreibkraft</translation>
    </message>
    <message>
        <source>Scheduled Date/Time</source>
        <translation>Geplantes Datum/Zeit</translation>
    </message>
    <message>
        <source>Number of Sample Containers</source>
        <translation>Anzahl der Probengefäße</translation>
    </message>
    <message>
        <source>Transport Logistics of Collected Sample</source>
        <translation>Transportlogistik der entnommenen Probe</translation>
    </message>
    <message>
        <source>Collector&apos;s Comment</source>
        <translation>Kommentar des Probennehmers</translation>
    </message>
    <message>
        <source>Transport Arrangement Responsibility</source>
        <translation>Verantwortung für die Transportorganisation</translation>
    </message>
    <message>
        <source>Transport Arranged</source>
        <translation>Transport organisiert</translation>
    </message>
    <message>
        <source>Escort Required</source>
        <translation>Begleitung erforderlich</translation>
    </message>
    <message>
        <source>Planned Patient Transport Comment</source>
        <translation>Kommentar zum geplanten Patiententransport</translation>
    </message>
    <message>
        <source>Procedure Code</source>
        <translation>Prozedurencode</translation>
    </message>
    <message>
        <source>Procedure Code Modifier</source>
        <translation>Modifikator des Prozedurencodes</translation>
    </message>
    <message>
        <source>Placer Supplemental Service Information</source>
        <translation>Zusätzliche Leistungsangaben des Auftraggebers</translation>
    </message>
    <message>
        <source>Filler Supplemental Service Information</source>
        <translation>Zusätzliche Leistungsangaben des Auftragnehmers</translation>
    </message>
    <message>
        <source>Medically Necessary Duplicate Procedure Reason</source>
        <translation>Grund für medizinisch notwendige Wiederholungsprozedur</translation>
    </message>
    <message>
        <source>Result Handling</source>
        <translation>Ergebnisbehandlung</translation>
    </message>
    <message>
        <source>Parent Universal Service Identifier</source>
        <translation>Übergeordnete universelle Leistungskennung</translation>
    </message>
    <message>
        <source>Set ID - OBX</source>
        <translation>Set-ID - OBX</translation>
    </message>
    <message>
        <source>Value Type</source>
        <translation>Werttyp</translation>
    </message>
    <message>
        <source>Observation Identifier</source>
        <translation>Beobachtungskennung</translation>
    </message>
    <message>
        <source>Observation Sub-ID</source>
        <translation>Beobachtungs-Sub-ID</translation>
    </message>
    <message>
        <source>Observation Value</source>
        <translation>Beobachtungswert</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>References Range</source>
        <translation>Referenzbereich</translation>
    </message>
    <message>
        <source>Abnormal Flags</source>
        <translation>Kennzeichen für Normabweichung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Nature of Abnormal Test</source>
        <translation>Art der Normabweichungsprüfung</translation>
    </message>
    <message>
        <source>Observation Result Status</source>
        <translation>Status des Beobachtungsergebnisses</translation>
    </message>
    <message>
        <source>Effective Date of Reference Range Values</source>
        <translation>Gültigkeitsdatum der Referenzbereichswerte</translation>
    </message>
    <message>
        <source>User Defined Access Checks</source>
        <translation>Benutzerdefinierte Zugriffsprüfungen</translation>
    </message>
    <message>
        <source>Date/Time of the Observation</source>
        <translation>Datum/Zeit der Beobachtung</translation>
    </message>
    <message>
        <source>Producer&apos;s Reference</source>
        <translation>Referenz des Erzeugers</translation>
    </message>
    <message>
        <source>Responsible Observer</source>
        <translation>Verantwortlicher Beobachter</translation>
    </message>
    <message>
        <source>Observation Method</source>
        <translation>Beobachtungsmethode</translation>
    </message>
    <message>
        <source>Date/Time of the Analysis</source>
        <translation>Datum/Zeit der Analyse</translation>
    </message>
    <message>
        <source>Reserved for harmonization with V2.6</source>
        <translation>Reserviert für die Harmonisierung mit V2.6</translation>
    </message>
    <message>
        <source>Performing Organization Name</source>
        <translation>Name der ausführenden Organisation</translation>
    </message>
    <message>
        <source>Performing Organization Address</source>
        <translation>Adresse der ausführenden Organisation</translation>
    </message>
    <message>
        <source>Performing Organization Medical Director</source>
        <translation>Ärztliche Leitung der ausführenden Organisation</translation>
    </message>
    <message>
        <source>Order Control</source>
        <translation>Auftragssteuerung</translation>
    </message>
    <message>
        <source>Placer Group Number</source>
        <translation>Gruppennummer des Auftraggebers</translation>
    </message>
    <message>
        <source>Order Status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Response Flag</source>
        <translation>Antwortkennzeichen</translation>
    </message>
    <message>
        <source>Date/Time of Transaction</source>
        <translation>Datum/Zeit der Transaktion</translation>
    </message>
    <message>
        <source>Entered By</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Verified By</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Enterer&apos;s Location</source>
        <translation>Ort des Erfassers</translation>
    </message>
    <message>
        <source>Call Back Phone Number</source>
        <translation>Rückrufnummer</translation>
    </message>
    <message>
        <source>Order Effective Date/Time</source>
        <translation>Gültigkeitsdatum/-zeit des Auftrags</translation>
    </message>
    <message>
        <source>Order Control Code Reason</source>
        <translation>Grund für den Auftragssteuerungscode</translation>
    </message>
    <message>
        <source>Entering Organization</source>
        <translation>Erfassende Organisation</translation>
    </message>
    <message>
        <source>Entering Device</source>
        <translation>Erfassungsgerät</translation>
    </message>
    <message>
        <source>Action By</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Advanced Beneficiary Notice Code</source>
        <translation>ABN-Code (Advanced Beneficiary Notice)</translation>
    </message>
    <message>
        <source>Ordering Facility Name</source>
        <translation>Name der einsendenden Einrichtung</translation>
    </message>
    <message>
        <source>Ordering Facility Address</source>
        <translation>Adresse der einsendenden Einrichtung</translation>
    </message>
    <message>
        <source>Ordering Facility Phone Number</source>
        <translation>Telefonnummer der einsendenden Einrichtung</translation>
    </message>
    <message>
        <source>Ordering Provider Address</source>
        <translation>Adresse des Einsenders</translation>
    </message>
    <message>
        <source>Order Status Modifier</source>
        <translation>Modifikator des Auftragsstatus</translation>
    </message>
    <message>
        <source>Advanced Beneficiary Notice Override Reason</source>
        <translation>ABN-Übersteuerungsgrund (Advanced Beneficiary Notice)</translation>
    </message>
    <message>
        <source>Filler&apos;s Expected Availability Date/Time</source>
        <translation>Erwartete Verfügbarkeit beim Auftragnehmer (Datum/Zeit)</translation>
    </message>
    <message>
        <source>Confidentiality Code</source>
        <translation>Vertraulichkeitscode</translation>
    </message>
    <message>
        <source>Order Type</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <source>Enterer Authorization Mode</source>
        <translation>Autorisierungsart des Erfassers</translation>
    </message>
    <message>
        <source>Patient Primary Facility</source>
        <translation>Primäre Einrichtung des Patienten</translation>
    </message>
    <message>
        <source>Patient Primary Care Provider Name &amp; ID No.</source>
        <translation>Hausarzt des Patienten: Name und ID-Nr.</translation>
    </message>
    <message>
        <source>Living Will Code</source>
        <translation>Code für Patientenverfügung</translation>
    </message>
    <message>
        <source>Organ Donor Code</source>
        <translation>Organspendercode</translation>
    </message>
    <message>
        <source>Separate Bill</source>
        <translation>Separate Rechnung</translation>
    </message>
    <message>
        <source>Duplicate Patient</source>
        <translation>Patientendublette</translation>
    </message>
    <message>
        <source>Protection Indicator Effective Date</source>
        <translation>Gültigkeitsdatum des Schutzkennzeichens</translation>
    </message>
    <message>
        <source>Place of Worship</source>
        <translation>Religionsgemeinde</translation>
    </message>
    <message>
        <source>Advance Directive Code</source>
        <translation>Code für Vorausverfügung</translation>
    </message>
    <message>
        <source>Immunization Registry Status</source>
        <translation>Status im Impfregister</translation>
    </message>
    <message>
        <source>Immunization Registry Status Effective Date</source>
        <translation>Gültigkeitsdatum des Impfregisterstatus</translation>
    </message>
    <message>
        <source>Publicity Code Effective Date</source>
        <translation>Gültigkeitsdatum des Veröffentlichungscodes</translation>
    </message>
    <message>
        <source>Military Branch</source>
        <translation>Teilstreitkraft</translation>
    </message>
    <message>
        <source>Military Rank/Grade</source>
        <translation>Militärischer Dienstgrad</translation>
    </message>
    <message>
        <source>Military Status</source>
        <translation>Militärstatus</translation>
    </message>
    <message>
        <source>Set ID - PID</source>
        <translation>Set-ID - PID</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Patient Identifier List</source>
        <translation>Liste der Patientenkennungen</translation>
    </message>
    <message>
        <source>Alternate Patient ID - PID</source>
        <translation>Alternative Patienten-ID - PID</translation>
    </message>
    <message>
        <source>Patient Name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <source>Patient Alias</source>
        <translation>Aliasname des Patienten</translation>
    </message>
    <message>
        <source>Patient Address</source>
        <translation>Patientenadresse</translation>
    </message>
    <message>
        <source>County Code</source>
        <translation>Kreisschlüssel</translation>
    </message>
    <message>
        <source>Phone Number - Home</source>
        <translation>Telefonnummer - privat</translation>
    </message>
    <message>
        <source>Phone Number - Business</source>
        <translation>Telefonnummer - geschäftlich</translation>
    </message>
    <message>
        <source>Patient Account Number</source>
        <translation>Patientenkontonummer</translation>
    </message>
    <message>
        <source>SSN Number - Patient</source>
        <translation>Sozialversicherungsnummer - Patient</translation>
    </message>
    <message>
        <source>Driver&apos;s License Number - Patient</source>
        <translation>Führerscheinnummer - Patient</translation>
    </message>
    <message>
        <source>Mother&apos;s Identifier</source>
        <translation>Kennung der Mutter</translation>
    </message>
    <message>
        <source>Birth Place</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Multiple Birth Indicator</source>
        <translation>Mehrlingsgeburtskennzeichen</translation>
    </message>
    <message>
        <source>Birth Order</source>
        <translation>Geburtenfolge</translation>
    </message>
    <message>
        <source>Veterans Military Status</source>
        <translation>Veteranenstatus</translation>
    </message>
    <message>
        <source>Patient Death Date and Time</source>
        <translation>Sterbedatum und -zeit des Patienten</translation>
    </message>
    <message>
        <source>Patient Death Indicator</source>
        <translation>Sterbekennzeichen des Patienten</translation>
    </message>
    <message>
        <source>Identity Unknown Indicator</source>
        <translation>Kennzeichen „Identität unbekannt“</translation>
    </message>
    <message>
        <source>Identity Reliability Code</source>
        <translation>Code für Zuverlässigkeit der Identität</translation>
    </message>
    <message>
        <source>Last Update Date/Time</source>
        <translation>Datum/Zeit der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Last Update Facility</source>
        <translation>Einrichtung der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Species Code</source>
        <translation>Speziescode</translation>
    </message>
    <message>
        <source>Breed Code</source>
        <translation>Rassecode</translation>
    </message>
    <message>
        <source>Strain</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <source>Production Class Code</source>
        <translation>Nutzungsklassencode</translation>
    </message>
    <message>
        <source>Tribal Citizenship</source>
        <translation>Stammeszugehörigkeit</translation>
    </message>
    <message>
        <source>Set ID - PV1</source>
        <translation>Set-ID - PV1</translation>
    </message>
    <message>
        <source>Patient Class</source>
        <translation>Patientenklasse</translation>
    </message>
    <message>
        <source>Assigned Patient Location</source>
        <translation>Zugewiesener Aufenthaltsort des Patienten</translation>
    </message>
    <message>
        <source>Admission Type</source>
        <translation>Aufnahmeart</translation>
    </message>
    <message>
        <source>Preadmit Number</source>
        <translation>Voraufnahmenummer</translation>
    </message>
    <message>
        <source>Prior Patient Location</source>
        <translation>Vorheriger Aufenthaltsort des Patienten</translation>
    </message>
    <message>
        <source>Attending Doctor</source>
        <translation>Behandelnder Arzt</translation>
    </message>
    <message>
        <source>Referring Doctor</source>
        <translation>Überweisender Arzt</translation>
    </message>
    <message>
        <source>Consulting Doctor</source>
        <translation>Konsiliararzt</translation>
    </message>
    <message>
        <source>Hospital Service</source>
        <translation>Fachabteilung</translation>
    </message>
    <message>
        <source>Temporary Location</source>
        <translation>Vorübergehender Aufenthaltsort</translation>
    </message>
    <message>
        <source>Preadmit Test Indicator</source>
        <translation>Kennzeichen für Voraufnahmeuntersuchung</translation>
    </message>
    <message>
        <source>Re-admission Indicator</source>
        <translation>Wiederaufnahmekennzeichen</translation>
    </message>
    <message>
        <source>Admit Source</source>
        <translation>Aufnahmequelle</translation>
    </message>
    <message>
        <source>Admitting Doctor</source>
        <translation>Aufnehmender Arzt</translation>
    </message>
    <message>
        <source>Patient Type</source>
        <translation>Patiententyp</translation>
    </message>
    <message>
        <source>Visit Number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Financial Class</source>
        <translation>Abrechnungsklasse</translation>
    </message>
    <message>
        <source>Charge Price Indicator</source>
        <translation>Preiskennzeichen</translation>
    </message>
    <message>
        <source>Courtesy Code</source>
        <translation>Kulanzcode</translation>
    </message>
    <message>
        <source>Credit Rating</source>
        <translation>Bonität</translation>
    </message>
    <message>
        <source>Contract Code</source>
        <translation>Vertragscode</translation>
    </message>
    <message>
        <source>Contract Effective Date</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Contract Amount</source>
        <translation>Vertragsbetrag</translation>
    </message>
    <message>
        <source>Contract Period</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <source>Interest Code</source>
        <translation>Zinscode</translation>
    </message>
    <message>
        <source>Transfer to Bad Debt Code</source>
        <translation>Code für Übertrag in Forderungsausfall</translation>
    </message>
    <message>
        <source>Transfer to Bad Debt Date</source>
        <translation>Datum des Übertrags in Forderungsausfall</translation>
    </message>
    <message>
        <source>Bad Debt Agency Code</source>
        <translation>Code des Inkassobüros</translation>
    </message>
    <message>
        <source>Bad Debt Transfer Amount</source>
        <translation>In Forderungsausfall übertragener Betrag</translation>
    </message>
    <message>
        <source>Bad Debt Recovery Amount</source>
        <translation>Aus Forderungsausfall wiedererlangter Betrag</translation>
    </message>
    <message>
        <source>Delete Account Indicator</source>
        <translation>Kennzeichen für Kontolöschung</translation>
    </message>
    <message>
        <source>Delete Account Date</source>
        <translation>Datum der Kontolöschung</translation>
    </message>
    <message>
        <source>Discharge Disposition</source>
        <translation>Entlassungsart</translation>
    </message>
    <message>
        <source>Discharged to Location</source>
        <translation>Entlassen nach</translation>
    </message>
    <message>
        <source>Diet Type</source>
        <translation>Kostform</translation>
    </message>
    <message>
        <source>Servicing Facility</source>
        <translation>Leistungserbringende Einrichtung</translation>
    </message>
    <message>
        <source>Bed Status</source>
        <translation>Bettenstatus</translation>
    </message>
    <message>
        <source>Account Status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Pending Location</source>
        <translation>Vorgesehener Aufenthaltsort</translation>
    </message>
    <message>
        <source>Prior Temporary Location</source>
        <translation>Vorheriger vorübergehender Aufenthaltsort</translation>
    </message>
    <message>
        <source>Admit Date/Time</source>
        <translation>Aufnahmedatum/-zeit</translation>
    </message>
    <message>
        <source>Discharge Date/Time</source>
        <translation>Entlassungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Current Patient Balance</source>
        <translation>Aktueller Patientensaldo</translation>
    </message>
    <message>
        <source>Total Charges</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Total Adjustments</source>
        <translation>Gesamtkorrekturen</translation>
    </message>
    <message>
        <source>Total Payments</source>
        <translation>Gesamtzahlungen</translation>
    </message>
    <message>
        <source>Alternate Visit ID</source>
        <translation>Alternative Fall-ID</translation>
    </message>
    <message>
        <source>Visit Indicator</source>
        <translation>Fallkennzeichen</translation>
    </message>
    <message>
        <source>Other Healthcare Provider</source>
        <translation>Weiterer Leistungserbringer</translation>
    </message>
    <message>
        <source>Prior Pending Location</source>
        <translation>Vorheriger vorgesehener Aufenthaltsort</translation>
    </message>
    <message>
        <source>Accommodation Code</source>
        <translation>Unterbringungscode</translation>
    </message>
    <message>
        <source>Admit Reason</source>
        <translation>Aufnahmegrund</translation>
    </message>
    <message>
        <source>Transfer Reason</source>
        <translation>Verlegungsgrund</translation>
    </message>
    <message>
        <source>Patient Valuables</source>
        <translation>Wertsachen des Patienten</translation>
    </message>
    <message>
        <source>Patient Valuables Location</source>
        <translation>Aufbewahrungsort der Wertsachen</translation>
    </message>
    <message>
        <source>Visit User Code</source>
        <translation>Benutzercode des Falls</translation>
    </message>
    <message>
        <source>Expected Admit Date/Time</source>
        <translation>Erwartetes Aufnahmedatum/-zeit</translation>
    </message>
    <message>
        <source>Expected Discharge Date/Time</source>
        <translation>Erwartetes Entlassungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Estimated Length of Inpatient Stay</source>
        <translation>Geschätzte Dauer des stationären Aufenthalts</translation>
    </message>
    <message>
        <source>Actual Length of Inpatient Stay</source>
        <translation>Tatsächliche Dauer des stationären Aufenthalts</translation>
    </message>
    <message>
        <source>Visit Description</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <source>Referral Source Code</source>
        <translation>Code der Überweisungsquelle</translation>
    </message>
    <message>
        <source>Previous Service Date</source>
        <translation>Datum der vorherigen Leistung</translation>
    </message>
    <message>
        <source>Employment Illness Related Indicator</source>
        <translation>Kennzeichen für berufsbedingte Erkrankung</translation>
    </message>
    <message>
        <source>Purge Status Code</source>
        <translation>Löschstatuscode</translation>
    </message>
    <message>
        <source>Purge Status Date</source>
        <translation>Löschstatusdatum</translation>
    </message>
    <message>
        <source>Special Program Code</source>
        <translation>Sonderprogrammcode</translation>
    </message>
    <message>
        <source>Retention Indicator</source>
        <translation>Aufbewahrungskennzeichen</translation>
    </message>
    <message>
        <source>Expected Number of Insurance Plans</source>
        <translation>Erwartete Anzahl der Versicherungen</translation>
    </message>
    <message>
        <source>Visit Publicity Code</source>
        <translation>Veröffentlichungscode des Falls</translation>
    </message>
    <message>
        <source>Visit Protection Indicator</source>
        <translation>Schutzkennzeichen des Falls</translation>
    </message>
    <message>
        <source>Clinic Organization Name</source>
        <translation>Name der Klinikorganisation</translation>
    </message>
    <message>
        <source>Patient Status Code</source>
        <translation>Patientenstatuscode</translation>
    </message>
    <message>
        <source>Visit Priority Code</source>
        <translation>Prioritätscode des Falls</translation>
    </message>
    <message>
        <source>Previous Treatment Date</source>
        <translation>Datum der vorherigen Behandlung</translation>
    </message>
    <message>
        <source>Expected Discharge Disposition</source>
        <translation>Erwartete Entlassungsart</translation>
    </message>
    <message>
        <source>Signature on File Date</source>
        <translation>Datum der hinterlegten Unterschrift</translation>
    </message>
    <message>
        <source>First Similar Illness Date</source>
        <translation>Datum der ersten ähnlichen Erkrankung</translation>
    </message>
    <message>
        <source>Patient Charge Adjustment Code</source>
        <translation>Code für Korrektur der Patientenkosten</translation>
    </message>
    <message>
        <source>Recurring Service Code</source>
        <translation>Code für wiederkehrende Leistung</translation>
    </message>
    <message>
        <source>Billing Media Code</source>
        <translation>Code des Abrechnungsmediums</translation>
    </message>
    <message>
        <source>Expected Surgery Date and Time</source>
        <translation>Erwartetes Operationsdatum und -zeit</translation>
    </message>
    <message>
        <source>Military Partnership Code</source>
        <translation>Code für militärische Partnerschaft</translation>
    </message>
    <message>
        <source>Military Non-Availability Code</source>
        <translation>Code für militärische Nichtverfügbarkeit</translation>
    </message>
    <message>
        <source>Newborn Baby Indicator</source>
        <translation>Neugeborenenkennzeichen</translation>
    </message>
    <message>
        <source>Baby Detained Indicator</source>
        <translation>Kennzeichen „Neugeborenes verbleibt“</translation>
    </message>
    <message>
        <source>Mode of Arrival Code</source>
        <translation>Code der Ankunftsart</translation>
    </message>
    <message>
        <source>Recreational Drug Use Code</source>
        <translation>Code für Drogenkonsum</translation>
    </message>
    <message>
        <source>Admission Level of Care Code</source>
        <translation>Code der Versorgungsstufe bei Aufnahme</translation>
    </message>
    <message>
        <source>Precaution Code</source>
        <translation>Code für Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Patient Condition Code</source>
        <translation>Code für Patientenzustand</translation>
    </message>
    <message>
        <source>Patient Status Effective Date</source>
        <translation>Gültigkeitsdatum des Patientenstatus</translation>
    </message>
    <message>
        <source>Expected LOA Return Date/Time</source>
        <translation>Erwartete Rückkehr aus Beurlaubung (Datum/Zeit)</translation>
    </message>
    <message>
        <source>Expected Pre-admission Testing Date/Time</source>
        <translation>Erwartete Voraufnahmeuntersuchung (Datum/Zeit)</translation>
    </message>
    <message>
        <source>Notify Clergy Code</source>
        <translation>Code für Benachrichtigung der Seelsorge</translation>
    </message>
    <message>
        <source>Query Tag</source>
        <translation>Abfrage-Tag</translation>
    </message>
    <message>
        <source>Query Response Status</source>
        <translation>Status der Abfrageantwort</translation>
    </message>
    <message>
        <source>Message Query Name</source>
        <translation>Abfragename der Nachricht</translation>
    </message>
    <message>
        <source>Hit Count</source>
        <translation>Trefferanzahl</translation>
    </message>
    <message>
        <source>This Payload</source>
        <translation>Diese Nutzlast</translation>
    </message>
    <message>
        <source>Hits Remaining</source>
        <translation>Verbleibende Treffer</translation>
    </message>
    <message>
        <source>User Parameters (in successive fields)</source>
        <translation>Benutzerparameter (in aufeinanderfolgenden Feldern)</translation>
    </message>
    <message>
        <source>Query Date/Time</source>
        <translation>Abfragedatum/-zeit</translation>
    </message>
    <message>
        <source>Query Format Code</source>
        <translation>Abfrageformatcode</translation>
    </message>
    <message>
        <source>Query Priority</source>
        <translation>Abfragepriorität</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>Abfrage-ID</translation>
    </message>
    <message>
        <source>Deferred Response Type</source>
        <translation>Typ der verzögerten Antwort</translation>
    </message>
    <message>
        <source>Deferred Response Date/Time</source>
        <translation>Datum/Zeit der verzögerten Antwort</translation>
    </message>
    <message>
        <source>Quantity Limited Request</source>
        <translation>Mengenbegrenzte Anfrage</translation>
    </message>
    <message>
        <source>Who Subject Filter</source>
        <translation>Wer-Subjektfilter</translation>
    </message>
    <message>
        <source>What Subject Filter</source>
        <translation>Was-Subjektfilter</translation>
    </message>
    <message>
        <source>What Department Data Code</source>
        <translation>Was-Abteilungsdatencode</translation>
    </message>
    <message>
        <source>What Data Code Value Qual.</source>
        <translation>Was-Datencodewert-Qual.</translation>
    </message>
    <message>
        <source>Query Results Level</source>
        <translation>Ergebnisebene der Abfrage</translation>
    </message>
    <message>
        <source>Where Subject Filter</source>
        <translation>Wo-Subjektfilter</translation>
    </message>
    <message>
        <source>When Data Start Date/Time</source>
        <translation>Wann-Startdatum/-zeit der Daten</translation>
    </message>
    <message>
        <source>When Data End Date/Time</source>
        <translation>Wann-Enddatum/-zeit der Daten</translation>
    </message>
    <message>
        <source>What User Qualifier</source>
        <translation>Was-Benutzerqualifikator</translation>
    </message>
    <message>
        <source>Other QRY Subject Filter</source>
        <translation>Weiterer QRY-Subjektfilter</translation>
    </message>
    <message>
        <source>Which Date/Time Qualifier</source>
        <translation>Welcher-Datum/Zeit-Qualifikator</translation>
    </message>
    <message>
        <source>Which Date/Time Status Qualifier</source>
        <translation>Welcher-Datum/Zeit-Statusqualifikator</translation>
    </message>
    <message>
        <source>Date/Time Selection Qualifier</source>
        <translation>Datum/Zeit-Auswahlqualifikator</translation>
    </message>
    <message>
        <source>When Quantity/Timing Qualifier</source>
        <translation>Wann-Menge/Zeitplanung-Qualifikator</translation>
    </message>
    <message>
        <source>Search Confidence Threshold</source>
        <translation>Konfidenzschwelle der Suche</translation>
    </message>
    <message>
        <source>Response Modality</source>
        <translation>Antwortmodalität</translation>
    </message>
    <message>
        <source>Execution and Delivery Time</source>
        <translation>Ausführungs- und Lieferzeit</translation>
    </message>
    <message>
        <source>Modify Indicator</source>
        <translation>Änderungskennzeichen</translation>
    </message>
    <message>
        <source>Sort-by Field</source>
        <translation>Sortierfeld</translation>
    </message>
    <message>
        <source>Segment Group Inclusion</source>
        <translation>Einbeziehung von Segmentgruppen</translation>
    </message>
    <message>
        <source>External Accession Identifier</source>
        <translation>Externe Eingangskennung</translation>
    </message>
    <message>
        <source>Accession Identifier</source>
        <translation>Eingangskennung</translation>
    </message>
    <message>
        <source>Container Identifier</source>
        <translation>Gefäßkennung</translation>
    </message>
    <message>
        <source>Primary (Parent) Container Identifier</source>
        <translation>Kennung des Primärgefäßes (übergeordnet)</translation>
    </message>
    <message>
        <source>Equipment Container Identifier</source>
        <translation>Gerätespezifische Gefäßkennung</translation>
    </message>
    <message>
        <source>Registration Date/Time</source>
        <translation>Registrierungsdatum/-zeit</translation>
    </message>
    <message>
        <source>Container Status</source>
        <translation>Gefäßstatus</translation>
    </message>
    <message>
        <source>Carrier Type</source>
        <translation>Trägertyp</translation>
    </message>
    <message>
        <source>Carrier Identifier</source>
        <translation>Trägerkennung</translation>
    </message>
    <message>
        <source>Position in Carrier</source>
        <translation>Position im Träger</translation>
    </message>
    <message>
        <source>Tray Type - SAC</source>
        <translation>Tray-Typ - SAC</translation>
    </message>
    <message>
        <source>Tray Identifier</source>
        <translation>Tray-Kennung</translation>
    </message>
    <message>
        <source>Position in Tray</source>
        <translation>Position im Tray</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Container Height</source>
        <translation>Gefäßhöhe</translation>
    </message>
    <message>
        <source>Container Diameter</source>
        <translation>Gefäßdurchmesser</translation>
    </message>
    <message>
        <source>Barrier Delta</source>
        <translation>Barrieren-Delta</translation>
    </message>
    <message>
        <source>Bottom Delta</source>
        <translation>Boden-Delta</translation>
    </message>
    <message>
        <source>Container Height/Diameter/Delta Units</source>
        <translation>Einheit für Gefäßhöhe/-durchmesser/-delta</translation>
    </message>
    <message>
        <source>Container Volume</source>
        <translation>Gefäßvolumen</translation>
    </message>
    <message>
        <source>Available Specimen Volume</source>
        <translation>Verfügbares Probenvolumen</translation>
    </message>
    <message>
        <source>Initial Specimen Volume</source>
        <translation>Anfängliches Probenvolumen</translation>
    </message>
    <message>
        <source>Volume Units</source>
        <translation>Volumeneinheit</translation>
    </message>
    <message>
        <source>Separator Type</source>
        <translation>Trennmitteltyp</translation>
    </message>
    <message>
        <source>Cap Type</source>
        <translation>Verschlusstyp</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <source>Specimen Component</source>
        <translation>Probenbestandteil</translation>
    </message>
    <message>
        <source>Dilution Factor</source>
        <translation>Verdünnungsfaktor</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Hemolysis Index</source>
        <translation>Hämolyseindex</translation>
    </message>
    <message>
        <source>Hemolysis Index Units</source>
        <translation>Einheit des Hämolyseindex</translation>
    </message>
    <message>
        <source>Lipemia Index</source>
        <translation>Lipämieindex</translation>
    </message>
    <message>
        <source>Lipemia Index Units</source>
        <translation>Einheit des Lipämieindex</translation>
    </message>
    <message>
        <source>Icterus Index</source>
        <translation>Ikterusindex</translation>
    </message>
    <message>
        <source>Icterus Index Units</source>
        <translation>Einheit des Ikterusindex</translation>
    </message>
    <message>
        <source>Fibrin Index</source>
        <translation>Fibrinindex</translation>
    </message>
    <message>
        <source>Fibrin Index Units</source>
        <translation>Einheit des Fibrinindex</translation>
    </message>
    <message>
        <source>System Induced Contaminants</source>
        <translation>Systembedingte Verunreinigungen</translation>
    </message>
    <message>
        <source>Drug Interference</source>
        <translation>Arzneimittelinterferenz</translation>
    </message>
    <message>
        <source>Artificial Blood</source>
        <translation>Künstliches Blut</translation>
    </message>
    <message>
        <source>Special Handling Code</source>
        <translation>Code für Sonderbehandlung</translation>
    </message>
    <message>
        <source>Other Environmental Factors</source>
        <translation>Sonstige Umgebungsfaktoren</translation>
    </message>
    <message>
        <source>Software Vendor Organization</source>
        <translation>Softwarehersteller</translation>
    </message>
    <message>
        <source>Software Certified Version or Release Number</source>
        <translation>Zertifizierte Softwareversion oder Release-Nummer</translation>
    </message>
    <message>
        <source>Software Product Name</source>
        <translation>Softwareproduktname</translation>
    </message>
    <message>
        <source>Software Binary ID</source>
        <translation>Software-Binär-ID</translation>
    </message>
    <message>
        <source>Software Product Information</source>
        <translation>Softwareproduktinformationen</translation>
    </message>
    <message>
        <source>Software Install Date</source>
        <translation>Software-Installationsdatum</translation>
    </message>
    <message>
        <source>Application/Method Identifier</source>
        <translation>Anwendungs-/Methodenkennung</translation>
    </message>
    <message>
        <source>Substance Lot Number</source>
        <translation>Chargennummer der Substanz</translation>
    </message>
    <message>
        <source>Substance Container Identifier</source>
        <translation>Behälterkennung der Substanz</translation>
    </message>
    <message>
        <source>Substance Manufacturer Identifier</source>
        <translation>Herstellerkennung der Substanz</translation>
    </message>
    <message>
        <source>Set ID - SPM</source>
        <translation>Set-ID - SPM</translation>
    </message>
    <message>
        <source>Specimen ID</source>
        <translation>Proben-ID</translation>
    </message>
    <message>
        <source>Specimen Parent IDs</source>
        <translation>Übergeordnete Proben-IDs</translation>
    </message>
    <message>
        <source>Specimen Type</source>
        <translation>Probenart</translation>
    </message>
    <message>
        <source>Specimen Type Modifier</source>
        <translation>Modifikator der Probenart</translation>
    </message>
    <message>
        <source>Specimen Additives</source>
        <translation>Probenzusätze</translation>
    </message>
    <message>
        <source>Specimen Collection Method</source>
        <translation>Probenentnahmemethode</translation>
    </message>
    <message>
        <source>Specimen Source Site</source>
        <translation>Herkunftsstelle der Probe</translation>
    </message>
    <message>
        <source>Specimen Source Site Modifier</source>
        <translation>Modifikator der Herkunftsstelle der Probe</translation>
    </message>
    <message>
        <source>Specimen Collection Site</source>
        <translation>Entnahmestelle der Probe</translation>
    </message>
    <message>
        <source>Specimen Role</source>
        <translation>Probenrolle</translation>
    </message>
    <message>
        <source>Specimen Collection Amount</source>
        <translation>Entnommene Probenmenge</translation>
    </message>
    <message>
        <source>Grouped Specimen Count</source>
        <translation>Anzahl gruppierter Proben</translation>
    </message>
    <message>
        <source>Specimen Description</source>
        <translation>Probenbeschreibung</translation>
    </message>
    <message>
        <source>Specimen Handling Code</source>
        <translation>Code für Probenhandhabung</translation>
    </message>
    <message>
        <source>Specimen Risk Code</source>
        <translation>Probenrisikocode</translation>
    </message>
    <message>
        <source>Specimen Collection Date/Time</source>
        <translation>Probenentnahmedatum/-zeit</translation>
    </message>
    <message>
        <source>Specimen Expiration Date/Time</source>
        <translation>Ablaufdatum/-zeit der Probe</translation>
    </message>
    <message>
        <source>Specimen Availability</source>
        <translation>Probenverfügbarkeit</translation>
    </message>
    <message>
        <source>Specimen Reject Reason</source>
        <translation>Grund für Probenablehnung</translation>
    </message>
    <message>
        <source>Specimen Quality</source>
        <translation>Probenqualität</translation>
    </message>
    <message>
        <source>Specimen Appropriateness</source>
        <translation>Probeneignung</translation>
    </message>
    <message>
        <source>Specimen Condition</source>
        <translation>Probenzustand</translation>
    </message>
    <message>
        <source>Specimen Current Quantity</source>
        <translation>Aktuelle Probenmenge</translation>
    </message>
    <message>
        <source>Number of Specimen Containers</source>
        <translation>Anzahl der Probengefäße</translation>
    </message>
    <message>
        <source>Container Type</source>
        <translation>Gefäßtyp</translation>
    </message>
    <message>
        <source>Container Condition</source>
        <translation>Gefäßzustand</translation>
    </message>
    <message>
        <source>Specimen Child Role</source>
        <translation>Rolle der abgeleiteten Probe</translation>
    </message>
    <message>
        <source>Auto-Dilution Factor</source>
        <translation>Autoverdünnungsfaktor</translation>
    </message>
    <message>
        <source>Rerun Dilution Factor</source>
        <translation>Verdünnungsfaktor für Wiederholungsmessung</translation>
    </message>
    <message>
        <source>Pre-Dilution Factor</source>
        <translation>Vorverdünnungsfaktor</translation>
    </message>
    <message>
        <source>Endogenous Content of Pre-Dilution Diluent</source>
        <translation>Endogener Gehalt des Vorverdünnungsmittels</translation>
    </message>
    <message>
        <source>Automatic Repeat Allowed</source>
        <translation>Automatische Wiederholung erlaubt</translation>
    </message>
    <message>
        <source>Reflex Allowed</source>
        <translation>Reflextestung erlaubt</translation>
    </message>
    <message>
        <source>Analyte Repeat Status</source>
        <translation>Wiederholungsstatus des Analyten</translation>
    </message>
    <message>
        <source>Set ID - TQ1</source>
        <translation>Set-ID - TQ1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Repeat Pattern</source>
        <translation>Wiederholungsmuster</translation>
    </message>
    <message>
        <source>Explicit Time</source>
        <translation>Explizite Zeit</translation>
    </message>
    <message>
        <source>Relative Time and Units</source>
        <translation>Relative Zeit und Einheit</translation>
    </message>
    <message>
        <source>Service Duration</source>
        <translation>Leistungsdauer</translation>
    </message>
    <message>
        <source>Start Date/Time</source>
        <translation>Startdatum/-zeit</translation>
    </message>
    <message>
        <source>End Date/Time</source>
        <translation>Enddatum/-zeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Condition Text</source>
        <translation>Bedingungstext</translation>
    </message>
    <message>
        <source>Text Instruction</source>
        <translation>Textanweisung</translation>
    </message>
    <message>
        <source>Conjunction</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Occurrence Duration</source>
        <translation>Dauer der Ausführungen</translation>
    </message>
    <message>
        <source>Total Occurrences</source>
        <translation>Gesamtzahl der Ausführungen</translation>
    </message>
    <message>
        <source>Patient Allergy Information</source>
        <translation>Allergieinformationen des Patienten</translation>
    </message>
    <message>
        <source>Batch Header</source>
        <translation>Batch-Kopf</translation>
    </message>
    <message>
        <source>Batch Trailer</source>
        <translation>Batch-Abschluss</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Equipment Command</source>
        <translation>Gerätebefehl</translation>
    </message>
    <message>
        <source>Equipment Command Response</source>
        <translation>Antwort auf Gerätebefehl</translation>
    </message>
    <message>
        <source>Equipment Detail</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>File Header</source>
        <translation>Dateikopf</translation>
    </message>
    <message>
        <source>File Trailer</source>
        <translation>Dateiabschluss</translation>
    </message>
    <message>
        <source>Message Acknowledgment</source>
        <translation>Nachrichtenbestätigung</translation>
    </message>
    <message>
        <source>Message Header</source>
        <translation>Nachrichtenkopf</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties</source>
        <translation>Angehörige / zugehörige Personen</translation>
    </message>
    <message>
        <source>Notes and Comments</source>
        <translation>Notizen und Kommentare</translation>
    </message>
    <message>
        <source>Observation Request</source>
        <translation>Beobachtungsanforderung</translation>
    </message>
    <message>
        <source>Observation/Result</source>
        <translation>Beobachtung/Ergebnis</translation>
    </message>
    <message>
        <source>Common Order</source>
        <translation>Allgemeiner Auftrag</translation>
    </message>
    <message>
        <source>Patient Additional Demographic</source>
        <translation>Zusätzliche demografische Patientendaten</translation>
    </message>
    <message>
        <source>Patient Identification</source>
        <translation>Patientenidentifikation</translation>
    </message>
    <message>
        <source>Patient Visit</source>
        <translation>Patientenfall</translation>
    </message>
    <message>
        <source>Patient Visit - Additional Information</source>
        <translation>Patientenfall - Zusatzinformationen</translation>
    </message>
    <message>
        <source>Query Acknowledgment</source>
        <translation>Abfragebestätigung</translation>
    </message>
    <message>
        <source>Query Parameter Definition</source>
        <translation>Definition der Abfrageparameter</translation>
    </message>
    <message>
        <source>Original-Style Query Definition</source>
        <translation>Abfragedefinition (ursprünglicher Stil)</translation>
    </message>
    <message>
        <source>Original-Style Query Filter</source>
        <translation>Abfragefilter (ursprünglicher Stil)</translation>
    </message>
    <message>
        <source>Response Control Parameter</source>
        <translation>Antwortsteuerungsparameter</translation>
    </message>
    <message>
        <source>Specimen Container Detail</source>
        <translation>Probengefäßdetails</translation>
    </message>
    <message>
        <source>Software Segment</source>
        <translation>Softwaresegment</translation>
    </message>
    <message>
        <source>Substance Identifier</source>
        <translation>Substanzkennung</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Test Code Detail</source>
        <translation>Testcodedetails</translation>
    </message>
    <message>
        <source>Timing/Quantity</source>
        <translation>Zeitplanung/Menge</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name of Coding System</source>
        <translation>Name des Kodiersystems</translation>
    </message>
    <message>
        <source>Alternate Identifier</source>
        <translation>Alternative Kennung</translation>
    </message>
    <message>
        <source>Alternate Text</source>
        <translation>Alternativer Text</translation>
    </message>
    <message>
        <source>Name of Alternate Coding System</source>
        <translation>Name des alternativen Kodiersystems</translation>
    </message>
    <message>
        <source>Coding System Version ID</source>
        <translation>Versions-ID des Kodiersystems</translation>
    </message>
    <message>
        <source>Alternate Coding System Version ID</source>
        <translation>Versions-ID des alternativen Kodiersystems</translation>
    </message>
    <message>
        <source>Original Text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>ID-Nummer</translation>
    </message>
    <message>
        <source>Family Name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Second and Further Given Names or Initials Thereof</source>
        <translation>Weitere Vornamen oder deren Initialen</translation>
    </message>
    <message>
        <source>Suffix (e.g., JR or III)</source>
        <translation>Namenszusatz (z. B. JR oder III)</translation>
    </message>
    <message>
        <source>Prefix (e.g., DR)</source>
        <translation>Präfix (z. B. DR)</translation>
    </message>
    <message>
        <source>Degree (e.g., MD)</source>
        <translation>Akademischer Grad (z. B. MD)</translation>
    </message>
    <message>
        <source>Source Table</source>
        <translation>Quelltabelle</translation>
    </message>
    <message>
        <source>Assigning Authority - Namespace ID</source>
        <translation>Vergabestelle - Namensraum-ID</translation>
    </message>
    <message>
        <source>Assigning Authority - Universal ID</source>
        <translation>Vergabestelle - universelle ID</translation>
    </message>
    <message>
        <source>Assigning Authority - Universal ID Type</source>
        <translation>Vergabestelle - Typ der universellen ID</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price Type</source>
        <translation>Preistyp</translation>
    </message>
    <message>
        <source>From Value</source>
        <translation>Von-Wert</translation>
    </message>
    <message>
        <source>To Value</source>
        <translation>Bis-Wert</translation>
    </message>
    <message>
        <source>Range Units</source>
        <translation>Bereichseinheit</translation>
    </message>
    <message>
        <source>Range Type</source>
        <translation>Bereichstyp</translation>
    </message>
    <message>
        <source>Check Digit</source>
        <translation>Prüfziffer</translation>
    </message>
    <message>
        <source>Check Digit Scheme</source>
        <translation>Prüfziffernverfahren</translation>
    </message>
    <message>
        <source>Assigning Authority</source>
        <translation>Vergabestelle</translation>
    </message>
    <message>
        <source>Identifier Type Code</source>
        <translation>Kennungstypcode</translation>
    </message>
    <message>
        <source>Assigning Facility</source>
        <translation>Vergebende Einrichtung</translation>
    </message>
    <message>
        <source>Effective Date</source>
        <translation>Gültigkeitsbeginn</translation>
    </message>
    <message>
        <source>Expiration Date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Assigning Jurisdiction</source>
        <translation>Vergebender Hoheitsbereich</translation>
    </message>
    <message>
        <source>Assigning Agency or Department</source>
        <translation>Vergebende Behörde oder Abteilung</translation>
    </message>
    <message>
        <source>Discharge Location</source>
        <translation>Entlassungsort</translation>
    </message>
    <message>
        <source>License Number</source>
        <translation>Führerscheinnummer</translation>
    </message>
    <message>
        <source>Issuing State, Province, Country</source>
        <translation>Ausstellendes Bundesland, Provinz, Land</translation>
    </message>
    <message>
        <source>Range Start Date/Time</source>
        <translation>Beginn des Zeitraums (Datum/Zeit)</translation>
    </message>
    <message>
        <source>Range End Date/Time</source>
        <translation>Ende des Zeitraums (Datum/Zeit)</translation>
    </message>
    <message>
        <source>Source Application</source>
        <translation>Quellanwendung</translation>
    </message>
    <message>
        <source>Type of Data</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Data Subtype</source>
        <translation>Datenuntertyp</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Entity Identifier</source>
        <translation>Entitätskennung</translation>
    </message>
    <message>
        <source>Namespace ID</source>
        <translation>Namensraum-ID</translation>
    </message>
    <message>
        <source>Universal ID</source>
        <translation>Universelle ID</translation>
    </message>
    <message>
        <source>Universal ID Type</source>
        <translation>Typ der universellen ID</translation>
    </message>
    <message>
        <source>Placer Assigned Identifier</source>
        <translation>Vom Auftraggeber vergebene Kennung</translation>
    </message>
    <message>
        <source>Filler Assigned Identifier</source>
        <translation>Vom Auftragnehmer vergebene Kennung</translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation>Segment-ID</translation>
    </message>
    <message>
        <source>Segment Sequence</source>
        <translation>Segmentsequenz</translation>
    </message>
    <message>
        <source>Field Position</source>
        <translation>Feldposition</translation>
    </message>
    <message>
        <source>Code Identifying Error</source>
        <translation>Code zur Fehleridentifikation</translation>
    </message>
    <message>
        <source>Field Repetition</source>
        <translation>Feldwiederholung</translation>
    </message>
    <message>
        <source>Component Number</source>
        <translation>Komponentennummer</translation>
    </message>
    <message>
        <source>Sub-Component Number</source>
        <translation>Subkomponentennummer</translation>
    </message>
    <message>
        <source>Financial Class Code</source>
        <translation>Abrechnungsklassencode</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Own Surname Prefix</source>
        <translation>Namensvorsatz des eigenen Nachnamens</translation>
    </message>
    <message>
        <source>Own Surname</source>
        <translation>Eigener Nachname</translation>
    </message>
    <message>
        <source>Surname Prefix from Partner/Spouse</source>
        <translation>Namensvorsatz des Partners/Ehegatten</translation>
    </message>
    <message>
        <source>Surname from Partner/Spouse</source>
        <translation>Nachname des Partners/Ehegatten</translation>
    </message>
    <message>
        <source>Job Code</source>
        <translation>Berufscode</translation>
    </message>
    <message>
        <source>Job Class</source>
        <translation>Berufsklasse</translation>
    </message>
    <message>
        <source>Job Description Text</source>
        <translation>Tätigkeitsbeschreibung</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Monetary Amount</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>Charge Code</source>
        <translation>Gebührencode</translation>
    </message>
    <message>
        <source>Message Code</source>
        <translation>Nachrichtencode</translation>
    </message>
    <message>
        <source>Trigger Event</source>
        <translation>Auslösendes Ereignis</translation>
    </message>
    <message>
        <source>Message Structure</source>
        <translation>Nachrichtenstruktur</translation>
    </message>
    <message>
        <source>Value1</source>
        <translation>Wert1</translation>
    </message>
    <message>
        <source>Value2</source>
        <translation>Wert2</translation>
    </message>
    <message>
        <source>Value3</source>
        <translation>Wert3</translation>
    </message>
    <message>
        <source>Value4</source>
        <translation>Wert4</translation>
    </message>
    <message>
        <source>Point of Care</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Location Status</source>
        <translation>Ortsstatus</translation>
    </message>
    <message>
        <source>Patient Location Type</source>
        <translation>Typ des Patientenaufenthaltsorts</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Sequence/Results Flag</source>
        <translation>Sequenz-/Ergebniskennzeichen</translation>
    </message>
    <message>
        <source>Placer Order Number: Entity Identifier</source>
        <translation>Auftragsnummer des Auftraggebers: Entitätskennung</translation>
    </message>
    <message>
        <source>Placer Order Number: Namespace ID</source>
        <translation>Auftragsnummer des Auftraggebers: Namensraum-ID</translation>
    </message>
    <message>
        <source>Filler Order Number: Entity Identifier</source>
        <translation>Auftragsnummer des Auftragnehmers: Entitätskennung</translation>
    </message>
    <message>
        <source>Filler Order Number: Namespace ID</source>
        <translation>Auftragsnummer des Auftragnehmers: Namensraum-ID</translation>
    </message>
    <message>
        <source>Sequence Condition Value</source>
        <translation>Wert der Sequenzbedingung</translation>
    </message>
    <message>
        <source>Maximum Number of Repeats</source>
        <translation>Maximale Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <source>Placer Order Number: Universal ID</source>
        <translation>Auftragsnummer des Auftraggebers: universelle ID</translation>
    </message>
    <message>
        <source>Placer Order Number: Universal ID Type</source>
        <translation>Auftragsnummer des Auftraggebers: Typ der universellen ID</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID</source>
        <translation>Auftragsnummer des Auftragnehmers: universelle ID</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID Type</source>
        <translation>Auftragsnummer des Auftragnehmers: Typ der universellen ID</translation>
    </message>
    <message>
        <source>Person Location Type</source>
        <translation>Typ des Personenaufenthaltsorts</translation>
    </message>
    <message>
        <source>Location Description</source>
        <translation>Ortsbeschreibung</translation>
    </message>
    <message>
        <source>Comprehensive Location Identifier</source>
        <translation>Umfassende Ortskennung</translation>
    </message>
    <message>
        <source>Assigning Authority for Location</source>
        <translation>Vergabestelle für den Ort</translation>
    </message>
    <message>
        <source>Parent Observation Identifier</source>
        <translation>Kennung der übergeordneten Beobachtung</translation>
    </message>
    <message>
        <source>Parent Observation Sub-identifier</source>
        <translation>Sub-Kennung der übergeordneten Beobachtung</translation>
    </message>
    <message>
        <source>Parent Observation Value Descriptor</source>
        <translation>Wertbeschreibung der übergeordneten Beobachtung</translation>
    </message>
    <message>
        <source>Processing Mode</source>
        <translation>Verarbeitungsmodus</translation>
    </message>
    <message>
        <source>Explicit Time Interval</source>
        <translation>Explizites Zeitintervall</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Zeiger</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>Repeat Pattern Code</source>
        <translation>Code des Wiederholungsmusters</translation>
    </message>
    <message>
        <source>Calendar Alignment</source>
        <translation>Kalenderausrichtung</translation>
    </message>
    <message>
        <source>Phase Range Begin Value</source>
        <translation>Anfangswert des Phasenbereichs</translation>
    </message>
    <message>
        <source>Phase Range End Value</source>
        <translation>Endwert des Phasenbereichs</translation>
    </message>
    <message>
        <source>Period Quantity</source>
        <translation>Periodenmenge</translation>
    </message>
    <message>
        <source>Period Units</source>
        <translation>Periodeneinheit</translation>
    </message>
    <message>
        <source>Institution Specified Time</source>
        <translation>Von der Einrichtung festgelegte Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Event Offset Quantity</source>
        <translation>Ereignisversatz (Menge)</translation>
    </message>
    <message>
        <source>Event Offset Units</source>
        <translation>Ereignisversatz (Einheit)</translation>
    </message>
    <message>
        <source>General Timing Specification</source>
        <translation>Allgemeine Zeitangabe</translation>
    </message>
    <message>
        <source>Street or Mailing Address</source>
        <translation>Straße oder Postanschrift</translation>
    </message>
    <message>
        <source>Street Name</source>
        <translation>Straßenname</translation>
    </message>
    <message>
        <source>Dwelling Number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Vergleichsoperator</translation>
    </message>
    <message>
        <source>Num1</source>
        <translation>Zahl1</translation>
    </message>
    <message>
        <source>Separator/Suffix</source>
        <translation>Trennzeichen/Suffix</translation>
    </message>
    <message>
        <source>Num2</source>
        <translation>Zahl2</translation>
    </message>
    <message>
        <source>Specimen Source Name or Code</source>
        <translation>Name oder Code der Probenherkunft</translation>
    </message>
    <message>
        <source>Additives</source>
        <translation>Zusätze</translation>
    </message>
    <message>
        <source>Body Site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Site Modifier</source>
        <translation>Modifikator der Stelle</translation>
    </message>
    <message>
        <source>Collection Method Modifier Code</source>
        <translation>Modifikatorcode der Entnahmemethode</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Order Sequencing</source>
        <translation>Auftragsreihenfolge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Degree of Precision</source>
        <translation>Genauigkeitsgrad</translation>
    </message>
    <message>
        <source>Internationalization Code</source>
        <translation>Internationalisierungscode</translation>
    </message>
    <message>
        <source>International Version ID</source>
        <translation>Internationale Versions-ID</translation>
    </message>
    <message>
        <source>First Data Code Value</source>
        <translation>Erster Datencodewert</translation>
    </message>
    <message>
        <source>Last Data Code Value</source>
        <translation>Letzter Datencodewert</translation>
    </message>
    <message>
        <source>Street Address</source>
        <translation>Straßenanschrift</translation>
    </message>
    <message>
        <source>Other Designation</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or Province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Zip or Postal Code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address Type</source>
        <translation>Adresstyp</translation>
    </message>
    <message>
        <source>Other Geographic Designation</source>
        <translation>Sonstige geografische Angabe</translation>
    </message>
    <message>
        <source>County/Parish Code</source>
        <translation>Kreis-/Gemeindeschlüssel</translation>
    </message>
    <message>
        <source>Census Tract</source>
        <translation>Zählbezirk</translation>
    </message>
    <message>
        <source>Address Representation Code</source>
        <translation>Code der Adressdarstellung</translation>
    </message>
    <message>
        <source>Address Validity Range</source>
        <translation>Gültigkeitszeitraum der Adresse</translation>
    </message>
    <message>
        <source>Name Type Code</source>
        <translation>Namenstypcode</translation>
    </message>
    <message>
        <source>Identifier Check Digit</source>
        <translation>Prüfziffer der Kennung</translation>
    </message>
    <message>
        <source>Name Representation Code</source>
        <translation>Code der Namensdarstellung</translation>
    </message>
    <message>
        <source>Name Context</source>
        <translation>Namenskontext</translation>
    </message>
    <message>
        <source>Name Validity Range</source>
        <translation>Gültigkeitszeitraum des Namens</translation>
    </message>
    <message>
        <source>Name Assembly Order</source>
        <translation>Reihenfolge der Namensbestandteile</translation>
    </message>
    <message>
        <source>Professional Suffix</source>
        <translation>Berufsbezogener Namenszusatz</translation>
    </message>
    <message>
        <source>Organization Name</source>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <source>Organization Name Type Code</source>
        <translation>Typcode des Organisationsnamens</translation>
    </message>
    <message>
        <source>Organization Identifier</source>
        <translation>Organisationskennung</translation>
    </message>
    <message>
        <source>Telephone Number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Telecommunication Use Code</source>
        <translation>Verwendungscode der Telekommunikation</translation>
    </message>
    <message>
        <source>Telecommunication Equipment Type</source>
        <translation>Typ des Telekommunikationsgeräts</translation>
    </message>
    <message>
        <source>Email Address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Area/City Code</source>
        <translation>Ortsvorwahl</translation>
    </message>
    <message>
        <source>Local Number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Any Text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Extension Prefix</source>
        <translation>Präfix der Durchwahl</translation>
    </message>
    <message>
        <source>Speed Dial Code</source>
        <translation>Kurzwahlcode</translation>
    </message>
    <message>
        <source>Unformatted Telephone Number</source>
        <translation>Unformatierte Telefonnummer</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>at byte %1: %2</source>
        <translation>bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>Eigenschaftsname erwartet</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>ungültiges Literal</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation>überzählige Daten nach dem Dokument</translation>
    </message>
</context>
<context>
    <name>LiveCapture</name>
    <message>
        <source>cannot capture on %1: %2</source>
        <translation>Mitschnitt auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>HL7 Capture may not capture on %1 without the capture privilege; give it CAP_NET_RAW, or record through the proxy instead (hl7capture-cli proxy).</source>
        <translation>HL7 Capture darf ohne Mitschnittberechtigung nicht auf %1 mitschneiden; erteilen Sie dem Programm CAP_NET_RAW oder zeichnen Sie stattdessen über den Proxy auf (hl7capture-cli proxy).</translation>
    </message>
    <message>
        <source>there is no network interface %1</source>
        <translation>es gibt keine Netzwerkschnittstelle %1</translation>
    </message>
    <message>
        <source>the capture filter &quot;%1&quot; is not valid: %2</source>
        <translation>der Mitschnittfilter „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>cannot apply the capture filter &quot;%1&quot;: %2</source>
        <translation>der Mitschnittfilter „%1“ kann nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>capture on %1 stopped: %2</source>
        <translation>Mitschnitt auf %1 beendet: %2</translation>
    </message>
    <message>
        <source>cannot list the network interfaces: %1</source>
        <translation>die Netzwerkschnittstellen können nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HL7 Capture</source>
        <translation>HL7 Capture</translation>
    </message>
    <message>
        <source>Store status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Opening the session store…</source>
        <translation>Sitzungsspeicher wird geöffnet…</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>The session store could not be opened:
%1</source>
        <translation>Der Sitzungsspeicher konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Session %1 could not be written; it is kept in memory and tried again: %2</source>
        <translation>Sitzung %1 konnte nicht geschrieben werden; sie bleibt im Arbeitsspeicher, und das Schreiben wird erneut versucht: %2</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sitzung nicht gelöscht</translation>
    </message>
    <message>
        <source>Session %1 could not be deleted:
%2</source>
        <translation>Sitzung %1 konnte nicht gelöscht werden:
%2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sessions of %1 could not be imported:
%2</source>
        <translation>Die Sitzungen aus %1 konnten nicht importiert werden:
%2</translation>
    </message>
    <message>
        <source>Imported %1 sessions, %2 already here, %3 unreadable (moved to quarantine)</source>
        <translation>%1 Sitzungen importiert, %2 bereits vorhanden, %3 unlesbar (in Quarantäne verschoben)</translation>
    </message>
    <message>
        <source>Retention cleanup failed: %1</source>
        <translation>Aufbewahrungsbereinigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Last result: %1 submitted</source>
        <translation>Letztes Ergebnis: %1 übermittelt</translation>
    </message>
    <message>
        <source>Last result: %1 failed: %2</source>
        <translation>Letztes Ergebnis: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>Übermittlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Session %1 was not accepted: %2</source>
        <translation>Sitzung %1 wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Submission: not configured</source>
        <translation>Übermittlung: nicht konfiguriert</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation>Übermittlungsstatus</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Mitschnittstatus</translation>
    </message>
    <message>
        <source>Submission: off (no collector set)</source>
        <translation>Übermittlung: aus (kein Collector festgelegt)</translation>
    </message>
    <message>
        <source>Submission: idle</source>
        <translation>Übermittlung: Leerlauf</translation>
    </message>
    <message>
        <source>Submission: %1 in flight, %2 queued</source>
        <translation>Übermittlung: %1 laufend, %2 in Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s) moved to quarantine</source>
        <translation>
            <numerusform>%n unlesbare Datei in Quarantäne verschoben</numerusform>
            <numerusform>%n unlesbare Dateien in Quarantäne verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>The session store could not be opened</source>
        <translation>Der Sitzungsspeicher konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>There are no sessions in this data folder yet. Open the bundled sample capture (one MLLP and one ASTM exchange) to see how sessions look?</source>
        <translation>In diesem Datenordner gibt es noch keine Sitzungen. Möchten Sie den mitgelieferten Beispielmitschnitt (ein MLLP- und ein ASTM-Austausch) öffnen, um zu sehen, wie Sitzungen aussehen?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Sessions from Folder…</source>
        <translation>Sitzungen aus Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Submit &amp;Pending Now</source>
        <translation>&amp;Ausstehende jetzt übermitteln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Run Retention &amp;Cleanup Now</source>
        <translation>Aufbewahrungs&amp;bereinigung jetzt ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll to New Sessions</source>
        <translation>&amp;Automatisch zu neuen Sitzungen scrollen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Mitschnitt</translation>
    </message>
    <message>
        <source>Capture toolbar</source>
        <translation>Mitschnitt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Logs Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About HL7 Capture</source>
        <translation>Ü&amp;ber HL7 Capture</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be submitted again</source>
        <translation>
            <numerusform>%n Sitzung wird erneut übermittelt</numerusform>
            <numerusform>%n Sitzungen werden erneut übermittelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will not be submitted</source>
        <translation>
            <numerusform>%n Sitzung wird nicht übermittelt</numerusform>
            <numerusform>%n Sitzungen werden nicht übermittelt</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)? They move to the trash in the data folder and are purged by the retention cleanup after 7 days.</source>
        <translation>
            <numerusform>%n Sitzung löschen? Sie wird in den Papierkorb im Datenordner verschoben und von der Aufbewahrungsbereinigung nach 7 Tagen endgültig gelöscht.</numerusform>
            <numerusform>%n Sitzungen löschen? Sie werden in den Papierkorb im Datenordner verschoben und von der Aufbewahrungsbereinigung nach 7 Tagen endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Retention cleanup started</source>
        <translation>Aufbewahrungsbereinigung gestartet</translation>
    </message>
    <message>
        <source>Import Sessions from Folder</source>
        <translation>Sitzungen aus Ordner importieren</translation>
    </message>
    <message>
        <source>Importing the sessions of %1…</source>
        <translation>Sitzungen aus %1 werden importiert…</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>No file manager could open %1</source>
        <translation>Kein Dateimanager konnte %1 öffnen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>About HL7 Capture</source>
        <translation>Über HL7 Capture</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HL7 Capture %1&lt;/h3&gt;&lt;p&gt;Records the HL7 traffic between lab analyzers and the LIS, keeps every session on disk and submits it to the central collector.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HL7 Capture %1&lt;/h3&gt;&lt;p&gt;Zeichnet den HL7-Verkehr zwischen Laboranalysegeräten und dem LIS auf, speichert jede Sitzung auf dem Datenträger und übermittelt sie an den zentralen Collector.&lt;/p&gt;&lt;p&gt;Datenordner: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>last: submitted at %1</source>
        <translation>zuletzt: übermittelt um %1</translation>
    </message>
    <message>
        <source>last: failed at %1</source>
        <translation>zuletzt: fehlgeschlagen um %1</translation>
    </message>
    <message>
        <source>last: will retry</source>
        <translation>zuletzt: wird erneut versucht</translation>
    </message>
</context>
<context>
    <name>MessageTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Hide &amp;empty fields</source>
        <translation>Leere &amp;Felder ausblenden</translation>
    </message>
    <message>
        <source>Hide empty fields</source>
        <translation>Leere Felder ausblenden</translation>
    </message>
    <message>
        <source>Leave out the fields of the message that hold nothing</source>
        <translation>Felder der Nachricht auslassen, die nichts enthalten</translation>
    </message>
    <message>
        <source>Message tree</source>
        <translation>Nachrichtenbaum</translation>
    </message>
    <message>
        <source>Element bytes</source>
        <translation>Bytes des Elements</translation>
    </message>
    <message>
        <source>Element note</source>
        <translation>Hinweis zum Element</translation>
    </message>
    <message>
        <source>Selected bytes</source>
        <translation>Ausgewählte Bytes</translation>
    </message>
    <message>
        <source>Message tree and bytes</source>
        <translation>Nachrichtenbaum und Bytes</translation>
    </message>
    <message>
        <source>Message view</source>
        <translation>Nachrichtenansicht</translation>
    </message>
    <message>
        <source>This element holds no bytes.</source>
        <translation>Dieses Element enthält keine Bytes.</translation>
    </message>
    <message>
        <source>This element holds no HL7 message, only the handshake bytes below.</source>
        <translation>Dieses Element enthält keine HL7-Nachricht, nur die Handshake-Bytes unten.</translation>
    </message>
    <message>
        <source>Select an element to see its message and bytes.</source>
        <translation>Wählen Sie ein Element aus, um seine Nachricht und Bytes zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message numerus="yes">
        <source>bytes %1–%2 (%n selected)</source>
        <translation>
            <numerusform>Bytes %1–%2 (%n ausgewählt)</numerusform>
            <numerusform>Bytes %1–%2 (%n ausgewählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MllpDecoder</name>
    <message>
        <source>block cut off by a new start block (VT) before its FS CR</source>
        <translation>Block vor seinem FS CR durch einen neuen Startblock (VT) abgeschnitten</translation>
    </message>
    <message>
        <source>end block FS not followed by CR</source>
        <translation>auf das Blockende FS folgt kein CR</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>Ethernet header</source>
        <translation>Ethernet-Header</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>Linux-Cooked-Header</translation>
    </message>
    <message>
        <source>Linux cooked v2 header</source>
        <translation>Linux-Cooked-v2-Header</translation>
    </message>
    <message>
        <source>link type %1 is not supported</source>
        <translation>Link-Typ %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>frame truncated in the %1: %2 of %3 bytes</source>
        <translation>Rahmen im %1 abgeschnitten: %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>VLAN tag</source>
        <translation>VLAN-Tag</translation>
    </message>
    <message>
        <source>loopback header</source>
        <translation>Loopback-Header</translation>
    </message>
    <message>
        <source>IP header</source>
        <translation>IP-Header</translation>
    </message>
    <message>
        <source>raw IP frame with IP version %1</source>
        <translation>roher IP-Rahmen mit IP-Version %1</translation>
    </message>
    <message>
        <source>IPv4 header</source>
        <translation>IPv4-Header</translation>
    </message>
    <message>
        <source>IPv4 packet with IP version %1</source>
        <translation>IPv4-Paket mit IP-Version %1</translation>
    </message>
    <message>
        <source>IPv4 header length %1 is below the minimum of %2 bytes</source>
        <translation>IPv4-Headerlänge %1 liegt unter dem Minimum von %2 Bytes</translation>
    </message>
    <message>
        <source>IPv4 total length %1 is smaller than its header length %2</source>
        <translation>IPv4-Gesamtlänge %1 ist kleiner als die Headerlänge %2</translation>
    </message>
    <message>
        <source>IPv4 packet</source>
        <translation>IPv4-Paket</translation>
    </message>
    <message>
        <source>IPv4 fragment at offset %1 skipped: fragments are not reassembled</source>
        <translation>IPv4-Fragment bei Offset %1 übersprungen: Fragmente werden nicht zusammengesetzt</translation>
    </message>
    <message>
        <source>first IPv4 fragment: the rest of the TCP segment is in fragments, which are not reassembled</source>
        <translation>erstes IPv4-Fragment: der Rest des TCP-Segments liegt in Fragmenten, die nicht zusammengesetzt werden</translation>
    </message>
    <message>
        <source>IPv6 header</source>
        <translation>IPv6-Header</translation>
    </message>
    <message>
        <source>IPv6 packet with IP version %1</source>
        <translation>IPv6-Paket mit IP-Version %1</translation>
    </message>
    <message>
        <source>IPv6 packet</source>
        <translation>IPv6-Paket</translation>
    </message>
    <message>
        <source>first IPv6 fragment: the rest of the TCP segment is in fragments, which are not reassembled</source>
        <translation>erstes IPv6-Fragment: der Rest des TCP-Segments liegt in Fragmenten, die nicht zusammengesetzt werden</translation>
    </message>
    <message>
        <source>IPv6 extension header %1</source>
        <translation>IPv6-Erweiterungsheader %1</translation>
    </message>
    <message>
        <source>IPv6 fragment at offset %1 skipped: fragments are not reassembled</source>
        <translation>IPv6-Fragment bei Offset %1 übersprungen: Fragmente werden nicht zusammengesetzt</translation>
    </message>
    <message>
        <source>IPv6 extension header %1 cannot be walked; packet skipped</source>
        <translation>IPv6-Erweiterungsheader %1 kann nicht durchlaufen werden; Paket übersprungen</translation>
    </message>
    <message>
        <source>TCP header</source>
        <translation>TCP-Header</translation>
    </message>
    <message>
        <source>TCP data offset %1 is below the minimum of %2 bytes</source>
        <translation>TCP-Datenoffset %1 liegt unter dem Minimum von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>PcapFile</name>
    <message>
        <source>cannot read the capture file %1: %2</source>
        <translation>die Mitschnittdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 frames: %3</source>
        <translation>%1 ist nach %2 Rahmen beschädigt: %3</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RecordingProxy</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>cannot reach the LIS at %1:%2: %3</source>
        <translation>das LIS unter %1:%2 ist nicht erreichbar: %3</translation>
    </message>
</context>
<context>
    <name>RetentionCleanup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot purge %1: %2</source>
        <translation>%1 kann nicht endgültig gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to purge</source>
        <translation>%1 ist zu tief verschachtelt, um endgültig gelöscht zu werden</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open the trash %1: %2</source>
        <translation>der Papierkorb %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the session store at %1 is not open</source>
        <translation>der Sitzungsspeicher in %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the session store at %1 is open read-only</source>
        <translation>der Sitzungsspeicher in %1 ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>in %2 gibt es keine Sitzung %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the search index %1 is damaged</source>
        <translation>der Suchindex %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the search index %1 is of another version</source>
        <translation>der Suchindex %1 stammt aus einer anderen Version</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>the quote in %1 is not closed</source>
        <translation>das Anführungszeichen in %1 wird nicht geschlossen</translation>
    </message>
    <message>
        <source>%1: a field path cannot be quoted</source>
        <translation>%1: ein Feldpfad kann nicht in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path like PID-3.1 or OBX(2)-5</source>
        <translation>„%1“ ist kein Feldpfad wie PID-3.1 oder OBX(2)-5</translation>
    </message>
    <message>
        <source>%1 names a whole segment; name a field, e.g. %1-3</source>
        <translation>%1 bezeichnet ein ganzes Segment; geben Sie ein Feld an, z. B. %1-3</translation>
    </message>
    <message>
        <source>%1 holds the message&apos;s separators and cannot be searched</source>
        <translation>%1 enthält die Trennzeichen der Nachricht und kann nicht durchsucht werden</translation>
    </message>
    <message>
        <source>%1: a value matches one repetition, so it cannot contain ~</source>
        <translation>%1: ein Wert entspricht einer Wiederholung und kann daher kein ~ enthalten</translation>
    </message>
    <message>
        <source>%1 is a component: its value cannot contain ^</source>
        <translation>%1 ist eine Komponente: ihr Wert kann kein ^ enthalten</translation>
    </message>
    <message>
        <source>%1 is a sub-component: its value cannot contain ^ or &amp;</source>
        <translation>%1 ist eine Subkomponente: ihr Wert kann weder ^ noch &amp; enthalten</translation>
    </message>
    <message>
        <source>%1= needs a value</source>
        <translation>%1= benötigt einen Wert</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use pending, submitted, failed or ignored</source>
        <translation>unbekannter Status „%1“; verwenden Sie pending, submitted, failed oder ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, a date-time or milliseconds since 1970 (e.g. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</source>
        <translation>„%1“ ist weder ein Datum noch ein Datum mit Uhrzeit noch Millisekunden seit 1970 (z. B. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type like ORU^R01</source>
        <translation>„%1“ ist kein Nachrichtentyp wie ORU^R01</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1:&quot;; use device:, lis:, status:, from:, to: or type: (quote text that has a colon)</source>
        <translation>unbekannter Filter „%1:“; verwenden Sie device:, lis:, status:, from:, to: oder type: (Text mit Doppelpunkt in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>a lone - negates nothing; quote text that starts with -</source>
        <translation>ein einzelnes - verneint nichts; setzen Sie Text, der mit - beginnt, in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 has no words to search for</source>
        <translation>%1 enthält keine Wörter, nach denen gesucht werden kann</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is longer than %2 characters; words that long are not searchable</source>
        <translation>„%1…“ ist länger als %2 Zeichen; so lange Wörter können nicht gesucht werden</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>die Suchanfrage ist leer</translation>
    </message>
</context>
<context>
    <name>SessionBuilder</name>
    <message>
        <source>a new transmission began before the end (EOT) of this one</source>
        <translation>eine neue Übertragung begann vor dem Ende (EOT) dieser Übertragung</translation>
    </message>
    <message>
        <source>the capture began after the start (ENQ) of this transmission</source>
        <translation>der Mitschnitt begann nach dem Start (ENQ) dieser Übertragung</translation>
    </message>
    <message>
        <source>%1 bytes from the %2 never arrived</source>
        <translation>%1 Bytes vom %2 sind nie angekommen</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>LIS</translation>
    </message>
    <message>
        <source>the connection ended before the end (EOT) of the transmission</source>
        <translation>die Verbindung endete vor dem Ende (EOT) der Übertragung</translation>
    </message>
</context>
<context>
    <name>SessionCodec</name>
    <message>
        <source>not valid JSON %1</source>
        <translation>kein gültiges JSON %1</translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation>kein JSON-Wert</translation>
    </message>
    <message>
        <source>not a session: the top level is not a JSON object</source>
        <translation>keine Sitzung: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string</source>
        <translation>&quot;id&quot; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a safe file name</source>
        <translation>id „%1“ ist kein sicherer Dateiname</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; does not match the file name &quot;%2&quot;</source>
        <translation>id „%1“ passt nicht zum Dateinamen „%2“</translation>
    </message>
    <message>
        <source>&quot;startTime&quot; is missing or not a time in milliseconds</source>
        <translation>&quot;startTime&quot; fehlt oder ist keine Zeitangabe in Millisekunden</translation>
    </message>
    <message>
        <source>&quot;isComplete&quot; must be true or false</source>
        <translation>&quot;isComplete&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a time in milliseconds</source>
        <translation>&quot;%1&quot; muss eine Zeitangabe in Millisekunden sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;sessionId&quot; must be a number</source>
        <translation>&quot;sessionId&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;submissionStatus&quot; must be pending, submitted, failed or ignored</source>
        <translation>&quot;submissionStatus&quot; muss pending, submitted, failed oder ignored sein</translation>
    </message>
    <message>
        <source>&quot;submissionAttempts&quot; must be a whole number</source>
        <translation>&quot;submissionAttempts&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;_metadata&quot; must be an object</source>
        <translation>&quot;_metadata&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;_metadata.savedAt&quot; must be a time in milliseconds</source>
        <translation>&quot;_metadata.savedAt&quot; muss eine Zeitangabe in Millisekunden sein</translation>
    </message>
    <message>
        <source>&quot;_metadata.retentionDays&quot; must be a whole number from %1 to %2</source>
        <translation>&quot;_metadata.retentionDays&quot; muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>unknown schema version &quot;%1&quot;</source>
        <translation>unbekannte Schemaversion „%1“</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array</source>
        <translation>&quot;messages&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must hold strings</source>
        <translation>&quot;messages&quot; darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>&quot;elements&quot; must be an array</source>
        <translation>&quot;elements&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>element %1: &quot;rawBytes&quot; must be {&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[…]}</source>
        <translation>Element %1: &quot;rawBytes&quot; muss {&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[…]} sein</translation>
    </message>
    <message>
        <source>element %1: rawBytes holds a value that is not a byte</source>
        <translation>Element %1: rawBytes enthält einen Wert, der kein Byte ist</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; must be a string</source>
        <translation>Element %1: &quot;hexData&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; has an odd number of digits</source>
        <translation>Element %1: &quot;hexData&quot; hat eine ungerade Anzahl von Ziffern</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; is not hexadecimal</source>
        <translation>Element %1: &quot;hexData&quot; ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>element %1 is not an object</source>
        <translation>Element %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>element %1 has an unknown &quot;type&quot;</source>
        <translation>Element %1 hat einen unbekannten Wert für &quot;type&quot;</translation>
    </message>
    <message>
        <source>element %1 has an unknown &quot;direction&quot;</source>
        <translation>Element %1 hat einen unbekannten Wert für &quot;direction&quot;</translation>
    </message>
    <message>
        <source>element %1 has no valid &quot;timestamp&quot;</source>
        <translation>Element %1 hat keinen gültigen Wert für &quot;timestamp&quot;</translation>
    </message>
    <message>
        <source>element %1 has neither &quot;rawBytes&quot; nor &quot;hexData&quot;</source>
        <translation>Element %1 hat weder &quot;rawBytes&quot; noch &quot;hexData&quot;</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; and &quot;rawBytes&quot; disagree</source>
        <translation>Element %1: &quot;hexData&quot; und &quot;rawBytes&quot; stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message>
        <source>&amp;Retry Submission</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Ignore Session</source>
        <translation>Sitzung &amp;ignorieren</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Submit the selected failed or pending sessions again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder ausstehenden Sitzungen erneut übermitteln</translation>
    </message>
    <message>
        <source>Never submit the selected sessions</source>
        <translation>Die ausgewählten Sitzungen nie übermitteln</translation>
    </message>
    <message>
        <source>Move the selected sessions to the trash</source>
        <translation>Die ausgewählten Sitzungen in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Sitzungsübersicht</translation>
    </message>
    <message>
        <source>Session summary pages</source>
        <translation>Seiten der Sitzungsübersicht</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Retry submission</source>
        <translation>Übermittlung erneut senden</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>Ignore session</source>
        <translation>Sitzung ignorieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Ladestatus</translation>
    </message>
    <message>
        <source>Element timeline</source>
        <translation>Zeitleiste der Elemente</translation>
    </message>
    <message>
        <source>Session detail sections</source>
        <translation>Bereiche der Sitzungsdetails</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Keine Sitzung ausgewählt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Not saved yet: the store keeps this session in memory and tries the write again.</source>
        <translation>Noch nicht gespeichert: Der Speicher hält diese Sitzung im Arbeitsspeicher und versucht das Schreiben erneut.</translation>
    </message>
    <message>
        <source>Not saved warning</source>
        <translation>Warnung: nicht gespeichert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>LIS</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Submission and retention</source>
        <translation>Übermittlung und Aufbewahrung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <source>Retention note</source>
        <translation>Hinweis zur Aufbewahrung</translation>
    </message>
    <message>
        <source>Selected sessions</source>
        <translation>Ausgewählte Sitzungen</translation>
    </message>
    <message>
        <source>Sessions per status</source>
        <translation>Sitzungen nach Status</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time (relative time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: the transmission was cut off</source>
        <translation>Nein: Die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (expires in …)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from its start; as it is not submitted yet, it stays until it is submitted or ignored.</source>
        <translation>
            <numerusform>%n Tag ab ihrem Beginn; da sie noch nicht übermittelt ist, bleibt sie, bis sie übermittelt oder ignoriert wird.</numerusform>
            <numerusform>%n Tage ab ihrem Beginn; da sie noch nicht übermittelt ist, bleibt sie, bis sie übermittelt oder ignoriert wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from its start, then the retention cleanup moves it to the trash.</source>
        <translation>
            <numerusform>%n Tag ab ihrem Beginn, dann verschiebt die Aufbewahrungsbereinigung sie in den Papierkorb.</numerusform>
            <numerusform>%n Tage ab ihrem Beginn, dann verschiebt die Aufbewahrungsbereinigung sie in den Papierkorb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <translation>
            <numerusform>%n Sitzung ausgewählt</numerusform>
            <numerusform>%n Sitzungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in all</source>
        <translation>
            <numerusform>insgesamt %n Nachricht</numerusform>
            <numerusform>insgesamt %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>The session could not be loaded: %1</source>
        <translation>Die Sitzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>Die Sitzung wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>NAK</source>
        <translation>NAK</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Device → LIS</source>
        <translation>Gerät → LIS</translation>
    </message>
    <message>
        <source>LIS → device</source>
        <translation>LIS → Gerät</translation>
    </message>
    <message>
        <source>%1%2.%3 s</source>
        <translation>%1%2,%3 s</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
</context>
<context>
    <name>SessionListPanel</name>
    <message>
        <source>Terms separated by spaces, all of which must hold:
PID-3.1=12345 (a value at a place in a message), glucose or &quot;basic panel&quot; (words),
device:IP, lis:IP, status:failed,pending, from:2026-11-01, to:2026-11-01T12:00, type:ORU^R01.
A leading - excludes what a term matches.</source>
        <translation>Durch Leerzeichen getrennte Begriffe, die alle zutreffen müssen:
PID-3.1=12345 (ein Wert an einer Stelle in einer Nachricht), glucose oder &quot;basic panel&quot; (Wörter),
device:IP, lis:IP, status:failed,pending, from:2026-11-01, to:2026-11-01T12:00, type:ORU^R01.
Ein vorangestelltes - schließt aus, was ein Begriff trifft.</translation>
    </message>
    <message>
        <source>Session list</source>
        <translation>Sitzungsliste</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Angezeigte Sitzungen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Follow new sessions</source>
        <translation>Neuen Sitzungen folgen</translation>
    </message>
    <message>
        <source>Scroll to each new session as it arrives</source>
        <translation>Zu jeder neuen Sitzung scrollen, sobald sie eintrifft</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Search: PID-3.1=12345  glucose  status:failed  device:10.0.0.5  type:ORU</source>
        <translation>Suche: PID-3.1=12345  glucose  status:failed  device:10.0.0.5  type:ORU</translation>
    </message>
    <message>
        <source>Find Sessions</source>
        <translation>Sitzungen suchen</translation>
    </message>
    <message>
        <source>Search the sessions (%1)</source>
        <translation>Sitzungen durchsuchen (%1)</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Sessions that started at or after this minute</source>
        <translation>Sitzungen, die in oder nach dieser Minute begonnen haben</translation>
    </message>
    <message>
        <source>Sessions that started up to the end of this minute</source>
        <translation>Sitzungen, die bis zum Ende dieser Minute begonnen haben</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show sessions of every status (%1)</source>
        <translation>Sitzungen mit jedem Status anzeigen (%1)</translation>
    </message>
    <message>
        <source>Show only %1 sessions (%2)</source>
        <translation>Nur Sitzungen mit Status %1 anzeigen (%2)</translation>
    </message>
    <message>
        <source>Sessions shown: %1 of %2</source>
        <translation>Angezeigte Sitzungen: %1 von %2</translation>
    </message>
    <message>
        <source>The search cannot be read: %1</source>
        <translation>Die Suche ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by %2 (process %3)</source>
        <translation>der Datenordner %1 wird von %2 verwendet (Prozess %3)</translation>
    </message>
    <message>
        <source>cannot lock the data folder %1</source>
        <translation>der Datenordner %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>there is no data folder at %1</source>
        <translation>unter %1 gibt es keinen Datenordner</translation>
    </message>
    <message>
        <source>the session store at %1 is not open</source>
        <translation>der Sitzungsspeicher in %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the session store at %1 is open read-only</source>
        <translation>der Sitzungsspeicher in %1 ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session id</source>
        <translation>„%1“ ist keine gültige Sitzungs-ID</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>in %2 gibt es keine Sitzung %1</translation>
    </message>
    <message>
        <source>session %1 is damaged (%2) and was moved to %3</source>
        <translation>Sitzung %1 ist beschädigt (%2) und wurde nach %3 verschoben</translation>
    </message>
    <message>
        <source>session %1 is damaged: %2</source>
        <translation>Sitzung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder of the trash %2</source>
        <translation>%1 ist kein Ordner im Papierkorb %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>session %1 is no longer %2 but %3</source>
        <translation>Sitzung %1 ist nicht mehr %2, sondern %3</translation>
    </message>
</context>
<context>
    <name>SessionStoreWorker</name>
    <message>
        <source>session %1 is no longer %2</source>
        <translation>Sitzung %1 ist nicht mehr %2</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Started %1, %2</source>
        <translation>Begonnen am %1, %2</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet am %1</translation>
    </message>
    <message>
        <source>No end recorded</source>
        <translation>Kein Ende aufgezeichnet</translation>
    </message>
    <message>
        <source>The transmission ended as its framing expects</source>
        <translation>Die Übertragung endete so, wie ihre Rahmung es vorsieht</translation>
    </message>
    <message>
        <source>The transmission was cut off before its end</source>
        <translation>Die Übertragung wurde vor ihrem Ende abgebrochen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>LIS</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Nachrichtentypen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Submitted at / last error</source>
        <translation>Übermittelt am / letzter Fehler</translation>
    </message>
    <message>
        <source>The session&apos;s number</source>
        <translation>Die Nummer der Sitzung</translation>
    </message>
    <message>
        <source>When the transmission started, in local time</source>
        <translation>Beginn der Übertragung in Ortszeit</translation>
    </message>
    <message>
        <source>From the first byte to the last</source>
        <translation>Vom ersten bis zum letzten Byte</translation>
    </message>
    <message>
        <source>The analyzer&apos;s address</source>
        <translation>Die Adresse des Analysegeräts</translation>
    </message>
    <message>
        <source>The LIS&apos;s address</source>
        <translation>Die Adresse des LIS</translation>
    </message>
    <message>
        <source>The HL7 message types (MSH-9) in the session</source>
        <translation>Die HL7-Nachrichtentypen (MSH-9) in der Sitzung</translation>
    </message>
    <message>
        <source>How many HL7 messages the session holds</source>
        <translation>Wie viele HL7-Nachrichten die Sitzung enthält</translation>
    </message>
    <message>
        <source>Whether the transmission ended as its framing expects</source>
        <translation>Ob die Übertragung so endete, wie ihre Rahmung es vorsieht</translation>
    </message>
    <message>
        <source>Submission to the collector: pending, submitted, failed or ignored</source>
        <translation>Übermittlung an den Collector: ausstehend, übermittelt, fehlgeschlagen oder ignoriert</translation>
    </message>
    <message>
        <source>How many times the session was sent to the collector</source>
        <translation>Wie oft die Sitzung an den Collector gesendet wurde</translation>
    </message>
    <message>
        <source>When the collector accepted the session, or why the last attempt failed</source>
        <translation>Wann der Collector die Sitzung angenommen hat oder warum der letzte Versuch fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>start time · how long ago</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Retrying %1: %2</source>
        <comment>retrying in 5 minutes: &lt;error&gt;</comment>
        <translation>Neuer Versuch %1: %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Pending: not sent to the collector yet</source>
        <translation>Ausstehend: noch nicht an den Collector gesendet</translation>
    </message>
    <message>
        <source>Pending: %1 attempts so far</source>
        <translation>Ausstehend: bisher %1 Versuche</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Übermittelt am %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Failed after %1 attempts</source>
        <translation>Fehlgeschlagen nach %1 Versuchen</translation>
    </message>
    <message>
        <source>Ignored: never sent to the collector</source>
        <translation>Ignoriert: nie an den Collector gesendet</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Not written to the data folder yet: kept in memory and tried again</source>
        <translation>Noch nicht in den Datenordner geschrieben: bleibt im Arbeitsspeicher, das Schreiben wird erneut versucht</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>Wert anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Datei für %1 wählen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Network interface (live capture)</source>
        <translation>Netzwerkschnittstelle (Live-Mitschnitt)</translation>
    </message>
    <message>
        <source>Capture file (.pcap, .pcapng)</source>
        <translation>Mitschnittdatei (.pcap, .pcapng)</translation>
    </message>
    <message>
        <source>Recording proxy (no capture privilege needed)</source>
        <translation>Aufzeichnungs-Proxy (keine Mitschnittberechtigung nötig)</translation>
    </message>
    <message>
        <source>Detect from the traffic</source>
        <translation>Aus dem Datenverkehr erkennen</translation>
    </message>
    <message>
        <source>ASTM-style (ENQ, STX … ETX, EOT)</source>
        <translation>ASTM-artig (ENQ, STX … ETX, EOT)</translation>
    </message>
    <message>
        <source>E1381 (numbered frames with checksums)</source>
        <translation>E1381 (nummerierte Rahmen mit Prüfsummen)</translation>
    </message>
    <message>
        <source>MLLP (VT … FS CR)</source>
        <translation>MLLP (VT … FS CR)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Debug (everything)</source>
        <translation>Debug (alles)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1: %2</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is not a file</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden: sie ist keine Datei</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is larger than %2 bytes</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden: sie ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>%1: settingsVersion must be a whole number (got &quot;%2&quot;); reading it as version %3</source>
        <translation>%1: settingsVersion muss eine ganze Zahl sein (erhalten: „%2“); wird als Version %3 gelesen</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (settings version %2); the settings this version does not know are kept as they are</source>
        <translation>%1 wurde von einer neueren Version geschrieben (Einstellungsversion %2); Einstellungen, die diese Version nicht kennt, bleiben unverändert erhalten</translation>
    </message>
    <message>
        <source>%1: %2; using the default %3</source>
        <translation>%1: %2; es wird der Standardwert %3 verwendet</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 not changed: %2 (fix or remove the file first)</source>
        <translation>%1 nicht geändert: %2 (korrigieren oder entfernen Sie zuerst die Datei)</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation>%1 nicht geändert: %2</translation>
    </message>
    <message>
        <source>it holds NUL bytes, so it is not a text file</source>
        <translation>sie enthält NUL-Bytes und ist daher keine Textdatei</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie enthält keinen UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1 is not a [section]</source>
        <translation>Zeile %1 ist kein [Abschnitt]</translation>
    </message>
    <message>
        <source>line %1 is not key=value</source>
        <translation>Zeile %1 hat nicht die Form Schlüssel=Wert</translation>
    </message>
    <message>
        <source>Keep captured sessions on disk (off: they live in memory only).</source>
        <translation>Mitgeschnittene Sitzungen auf dem Datenträger speichern (aus: sie werden nur im Arbeitsspeicher gehalten).</translation>
    </message>
    <message>
        <source>Days a session is kept before the cleanup removes it.</source>
        <translation>Tage, die eine Sitzung aufbewahrt wird, bevor die Bereinigung sie entfernt.</translation>
    </message>
    <message>
        <source>Hours between two runs of the retention cleanup.</source>
        <translation>Stunden zwischen zwei Läufen der Aufbewahrungsbereinigung.</translation>
    </message>
    <message>
        <source>The cleanup only reports what it would remove, and removes nothing.</source>
        <translation>Die Bereinigung meldet nur, was sie entfernen würde, und entfernt nichts.</translation>
    </message>
    <message>
        <source>The cleanup also removes expired sessions that were never submitted.</source>
        <translation>Die Bereinigung entfernt auch abgelaufene Sitzungen, die nie übermittelt wurden.</translation>
    </message>
    <message>
        <source>URL of the REST collector that sessions are submitted to (empty: no submission).</source>
        <translation>URL des REST-Collectors, an den Sitzungen übermittelt werden (leer: keine Übermittlung).</translation>
    </message>
    <message>
        <source>Authorization header sent to the collector, e.g. &quot;Bearer TOKEN&quot; (secret).</source>
        <translation>Authorization-Header, der an den Collector gesendet wird, z. B. „Bearer TOKEN“ (geheim).</translation>
    </message>
    <message>
        <source>Who the submissions are sent as (the performer).</source>
        <translation>In wessen Namen die Übermittlungen gesendet werden (der Performer).</translation>
    </message>
    <message>
        <source>Submissions sent at the same time.</source>
        <translation>Anzahl gleichzeitig gesendeter Übermittlungen.</translation>
    </message>
    <message>
        <source>Attempts before a submission is marked failed.</source>
        <translation>Versuche, bevor eine Übermittlung als fehlgeschlagen markiert wird.</translation>
    </message>
    <message>
        <source>Minutes between two rounds of submission.</source>
        <translation>Minuten zwischen zwei Übermittlungsrunden.</translation>
    </message>
    <message>
        <source>Seconds to wait for the collector&apos;s answer.</source>
        <translation>Sekunden, die auf die Antwort des Collectors gewartet wird.</translation>
    </message>
    <message>
        <source>PEM file of the CA that signs the collector&apos;s certificate (empty: the system&apos;s CAs).</source>
        <translation>PEM-Datei der CA, die das Zertifikat des Collectors signiert (leer: die CAs des Systems).</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>%1 must be %2%3</source>
        <translation>%1 muss %2 sein%3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>empty or an absolute http:// or https:// URL</source>
        <translation>leer oder eine absolute http://- oder https://-URL</translation>
    </message>
    <message>
        <source>empty or the path of a readable file</source>
        <translation>leer oder der Pfad einer lesbaren Datei</translation>
    </message>
    <message>
        <source>one line of text without control characters</source>
        <translation>eine Textzeile ohne Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 must be one line of text without control characters</source>
        <translation>%1 muss eine Textzeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 must be %2: %3</source>
        <translation>%1 muss %2 sein: %3</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known settings: %2</source>
        <translation>unbekannte Einstellung „%1“; bekannte Einstellungen: %2</translation>
    </message>
    <message>
        <source>%1 (startByte %2, ackByte %3, endByte %4)</source>
        <translation>%1 (startByte %2, ackByte %3, endByte %4)</translation>
    </message>
    <message>
        <source>%1: %2: %3; using the default %4</source>
        <translation>%1: %2: %3; es wird der Standardwert %4 verwendet</translation>
    </message>
    <message>
        <source>Where the traffic comes from: interface (live capture), file (a capture file) or proxy (a recording proxy).</source>
        <translation>Herkunft des Datenverkehrs: interface (Live-Mitschnitt), file (eine Mitschnittdatei) oder proxy (ein Aufzeichnungs-Proxy).</translation>
    </message>
    <message>
        <source>BPF filter of a live capture (empty: built from the device and LIS addresses).</source>
        <translation>BPF-Filter eines Live-Mitschnitts (leer: wird aus den Geräte- und LIS-Adressen gebildet).</translation>
    </message>
    <message>
        <source>Framing of the traffic: auto (detected), astm, e1381 or mllp.</source>
        <translation>Rahmung des Datenverkehrs: auto (erkannt), astm, e1381 oder mllp.</translation>
    </message>
    <message>
        <source>IP address of the analyzer (empty: any).</source>
        <translation>IP-Adresse des Analysegeräts (leer: beliebig).</translation>
    </message>
    <message>
        <source>IP address of the LIS (empty: any).</source>
        <translation>IP-Adresse des LIS (leer: beliebig).</translation>
    </message>
    <message>
        <source>TCP port of the LIS (0: any).</source>
        <translation>TCP-Port des LIS (0: beliebig).</translation>
    </message>
    <message>
        <source>Where the recording proxy listens for devices: [ADDR:]PORT.</source>
        <translation>Wo der Aufzeichnungs-Proxy auf Geräte lauscht: [ADR:]PORT.</translation>
    </message>
    <message>
        <source>Where the recording proxy forwards the traffic, the LIS: HOST:PORT.</source>
        <translation>Wohin der Aufzeichnungs-Proxy den Datenverkehr weiterleitet, das LIS: HOST:PORT.</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that starts a transmission (default 5, ENQ).</source>
        <translation>ASTM-artige Rahmung: das Byte, das eine Übertragung beginnt (Standard 5, ENQ).</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that acknowledges (default 6, ACK).</source>
        <translation>ASTM-artige Rahmung: das Byte, das bestätigt (Standard 6, ACK).</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that ends a transmission (default 4, EOT).</source>
        <translation>ASTM-artige Rahmung: das Byte, das eine Übertragung beendet (Standard 4, EOT).</translation>
    </message>
    <message>
        <source>MLLP: a pause of this many seconds ends a session on a connection that stays open.</source>
        <translation>MLLP: Eine Pause von so vielen Sekunden beendet eine Sitzung auf einer Verbindung, die offen bleibt.</translation>
    </message>
    <message>
        <source>Start capturing when the app starts.</source>
        <translation>Mitschnitt beim Programmstart beginnen.</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>Mit minimiertem Fenster starten.</translation>
    </message>
    <message>
        <source>Minimizing the window hides it in the system tray.</source>
        <translation>Beim Minimieren wird das Fenster in den Infobereich verschoben.</translation>
    </message>
    <message>
        <source>Start the app when you log in.</source>
        <translation>Programm bei der Anmeldung starten.</translation>
    </message>
    <message>
        <source>Language of the app: en, de, fr or es (empty: the system&apos;s language).</source>
        <translation>Sprache des Programms: en, de, fr oder es (leer: die Sprache des Systems).</translation>
    </message>
    <message>
        <source>What the app writes to its log: error, warning, info or debug.</source>
        <translation>Was das Programm in sein Protokoll schreibt: error, warning, info oder debug.</translation>
    </message>
    <message>
        <source>a byte from %1 to %2 (as 5 or 0x05) other than %3</source>
        <translation>ein Byte von %1 bis %2 (als 5 oder 0x05) außer %3</translation>
    </message>
    <message>
        <source>empty or one of %1</source>
        <translation>leer oder einer der Werte %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>empty or an IPv4 or IPv6 address, such as 192.168.1.20 or fe80::1</source>
        <translation>leer oder eine IPv4- oder IPv6-Adresse, etwa 192.168.1.20 oder fe80::1</translation>
    </message>
    <message>
        <source>a port from 1 to 65535, or ADDRESS:PORT with an IP address (such as 0.0.0.0:2575)</source>
        <translation>ein Port von 1 bis 65535 oder ADRESSE:PORT mit einer IP-Adresse (etwa 0.0.0.0:2575)</translation>
    </message>
    <message>
        <source>empty or HOST:PORT, such as lis.example:2575 or 192.168.1.30:2575</source>
        <translation>leer oder HOST:PORT, etwa lis.example:2575 oder 192.168.1.30:2575</translation>
    </message>
    <message>
        <source>Network interface to capture on (empty: every interface, libpcap&apos;s &quot;any&quot;).</source>
        <translation>Netzwerkschnittstelle für den Mitschnitt (leer: alle Schnittstellen, „any“ von libpcap).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Mitschnitt</translation>
    </message>
    <message>
        <source>S&amp;torage and retention</source>
        <translation>&amp;Speicherung und Aufbewahrung</translation>
    </message>
    <message>
        <source>Su&amp;bmission</source>
        <translation>Ü&amp;bermittlung</translation>
    </message>
    <message>
        <source>Start-&amp;up</source>
        <translation>Pro&amp;grammstart</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Einstellungsstatus</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Einstellungen speichern und schließen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Restore the defaults of this page</source>
        <translation>Standardwerte dieser Seite wiederherstellen</translation>
    </message>
    <message>
        <source>Puts the defaults in the fields of this page; OK or Apply saves them.</source>
        <translation>Setzt die Standardwerte in die Felder dieser Seite; OK oder Anwenden speichert sie.</translation>
    </message>
    <message>
        <source>Nothing can be saved until the settings file is fixed or removed: %1</source>
        <translation>Es kann nichts gespeichert werden, bis die Einstellungsdatei korrigiert oder entfernt ist: %1</translation>
    </message>
    <message>
        <source>The settings file holds values that were refused; the fields show what applies instead:
%1</source>
        <translation>Die Einstellungsdatei enthält abgelehnte Werte; die Felder zeigen, was stattdessen gilt:
%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Capture from</source>
        <translation>Mitschneiden von</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>The first that can be captured</source>
        <translation>Die erste mitschneidbare</translation>
    </message>
    <message>
        <source>BPF filter</source>
        <translation>BPF-Filter</translation>
    </message>
    <message>
        <source>Built from the addresses</source>
        <translation>Aus den Adressen gebildet</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Analyzer IP</source>
        <translation>IP des Analysegeräts</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>LIS IP</source>
        <translation>LIS-IP</translation>
    </message>
    <message>
        <source>LIS port</source>
        <translation>LIS-Port</translation>
    </message>
    <message>
        <source>Recording proxy</source>
        <translation>Aufzeichnungs-Proxy</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>2575 or 0.0.0.0:2575</source>
        <translation>2575 oder 0.0.0.0:2575</translation>
    </message>
    <message>
        <source>Forward to (LIS)</source>
        <translation>Weiterleiten an (LIS)</translation>
    </message>
    <message>
        <source>lis.example:2575</source>
        <translation>lis.example:2575</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Rahmung</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Startbyte</translation>
    </message>
    <message>
        <source>Acknowledge byte</source>
        <translation>Bestätigungsbyte</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Endebyte</translation>
    </message>
    <message>
        <source>The ASTM-style markers; STX, NAK, CR and LF cannot be used.</source>
        <translation>Die ASTM-artigen Markierungen; STX, NAK, CR und LF können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>MLLP idle gap</source>
        <translation>MLLP-Leerlaufpause</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A pause this long ends an MLLP session on a connection that stays open.</source>
        <translation>Eine Pause dieser Länge beendet eine MLLP-Sitzung auf einer Verbindung, die offen bleibt.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Keep captured sessions on disk</source>
        <translation>Mitgeschnittene Sitzungen auf dem Datenträger speichern</translation>
    </message>
    <message>
        <source>Keep sessions for</source>
        <translation>Sitzungen aufbewahren für</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Aufbewahrungsbereinigung</translation>
    </message>
    <message>
        <source>Run the cleanup every</source>
        <translation>Bereinigung ausführen alle</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Also remove expired sessions that were never submitted</source>
        <translation>Auch abgelaufene Sitzungen entfernen, die nie übermittelt wurden</translation>
    </message>
    <message>
        <source>Dry run: only report what the cleanup would remove</source>
        <translation>Probelauf: nur melden, was die Bereinigung entfernen würde</translation>
    </message>
    <message>
        <source>Removed sessions go to the trash folder, which is emptied after 7 days.</source>
        <translation>Entfernte Sitzungen kommen in den Papierkorb, der nach 7 Tagen geleert wird.</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Vorschau (Probelauf)</translation>
    </message>
    <message>
        <source>Preview the retention cleanup without removing anything</source>
        <translation>Vorschau der Aufbewahrungsbereinigung, ohne etwas zu entfernen</translation>
    </message>
    <message>
        <source>&amp;Run cleanup now</source>
        <translation>Bereinigung &amp;jetzt ausführen</translation>
    </message>
    <message>
        <source>Run the retention cleanup now</source>
        <translation>Aufbewahrungsbereinigung jetzt ausführen</translation>
    </message>
    <message>
        <source>Uses the values on this page, saved or not; with dry run on, it only reports.</source>
        <translation>Verwendet die Werte dieser Seite, ob gespeichert oder nicht; bei aktiviertem Probelauf wird nur berichtet.</translation>
    </message>
    <message>
        <source>Cleanup report</source>
        <translation>Bereinigungsbericht</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>https://collector.example/api/sessions (empty: no submission)</source>
        <translation>https://collector.example/api/sessions (leer: keine Übermittlung)</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Performer</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>The system&apos;s CAs only</source>
        <translation>Nur die CAs des Systems</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection to the collector</source>
        <translation>Verbindung zum Collector testen</translation>
    </message>
    <message>
        <source>Asks the collector with HEAD, using the values on this page; nothing is submitted.</source>
        <translation>Fragt den Collector per HEAD mit den Werten dieser Seite an; es wird nichts übermittelt.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Attempts per session</source>
        <translation>Versuche pro Sitzung</translation>
    </message>
    <message>
        <source>Send every</source>
        <translation>Senden alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Wait for an answer</source>
        <translation>Auf Antwort warten</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <source>Start HL7 Capture when I log in</source>
        <translation>HL7 Capture bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start minimized</source>
        <translation>Minimiert starten</translation>
    </message>
    <message>
        <source>Start capturing when the app starts</source>
        <translation>Mitschnitt beim Programmstart beginnen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Minimize to the system tray</source>
        <translation>In den Infobereich minimieren</translation>
    </message>
    <message>
        <source>Language and log</source>
        <translation>Sprache und Protokoll</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>The defaults of this page are in the fields; OK or Apply saves them.</source>
        <translation>Die Standardwerte dieser Seite stehen in den Feldern; OK oder Anwenden speichert sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not accepted, so nothing was saved; the reasons are next to the fields.</source>
        <translation>
            <numerusform>%n Wert nicht akzeptiert, daher wurde nichts gespeichert; die Gründe stehen neben den Feldern.</numerusform>
            <numerusform>%n Werte nicht akzeptiert, daher wurde nichts gespeichert; die Gründe stehen neben den Feldern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Dry run: nothing would be removed</source>
        <translation>Probelauf: Es würde nichts entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n session(s) (%1)</source>
        <translation>
            <numerusform>%n Sitzung würde entfernt (%1)</numerusform>
            <numerusform>%n Sitzungen würden entfernt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Es wurde nichts entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) (%1) to the trash</source>
        <translation>
            <numerusform>%n Sitzung (%1) in den Papierkorb verschoben</numerusform>
            <numerusform>%n Sitzungen (%1) in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n kept because not submitted</source>
        <translation>
            <numerusform>%1; %n behalten, da nicht übermittelt</numerusform>
            <numerusform>%1; %n behalten, da nicht übermittelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n could not be moved: %2</source>
        <translation>
            <numerusform>%1; %n konnte nicht verschoben werden: %2</numerusform>
            <numerusform>%1; %n konnten nicht verschoben werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Looking for what the cleanup would remove…</source>
        <translation>Es wird ermittelt, was die Bereinigung entfernen würde…</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Bereinigung läuft…</translation>
    </message>
    <message>
        <source>The cleanup could not run: %1</source>
        <translation>Die Bereinigung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The running instance did not take the request: %1</source>
        <translation>Die laufende Instanz hat die Anfrage nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
</context>
<context>
    <name>SubmissionAttempt</name>
    <message>
        <source>The collector is busy and asked to wait: %1</source>
        <translation>Der Collector ist ausgelastet und bittet zu warten: %1</translation>
    </message>
    <message>
        <source>The collector gave up waiting for the session: %1</source>
        <translation>Der Collector hat das Warten auf die Sitzung aufgegeben: %1</translation>
    </message>
    <message>
        <source>The collector failed to take the session: %1</source>
        <translation>Der Collector konnte die Sitzung nicht annehmen: %1</translation>
    </message>
    <message>
        <source>The collector refused the session: %1</source>
        <translation>Der Collector hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The collector did not answer within %1 s</source>
        <translation>Der Collector hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused</source>
        <translation>Keine Verbindung zu %1 möglich: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Could not find the collector&apos;s host %1</source>
        <translation>Der Host %1 des Collectors wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The collector at %1 closed the connection without answering</source>
        <translation>Der Collector unter %1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The collector&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Collectors wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Could not send the session to %1: %2</source>
        <translation>Die Sitzung konnte nicht an %1 gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionClient</name>
    <message>
        <source>the submission CA file %1 cannot be read</source>
        <translation>die CA-Datei %1 für die Übermittlung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the submission CA file %1 holds no PEM or DER certificate</source>
        <translation>die CA-Datei %1 für die Übermittlung enthält kein PEM- oder DER-Zertifikat</translation>
    </message>
</context>
<context>
    <name>SubmissionConfig</name>
    <message>
        <source>the submission endpoint &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>der Übermittlungsendpunkt „%1“ ist keine http://- oder https://-URL</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>in einem Jahr</translation>
    </message>
    <message>
        <source>in %1 years</source>
        <translation>in %1 Jahren</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>vor einem Monat</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>in einem Monat</translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation>in %1 Monaten</translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>vor einem Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>in a day</source>
        <translation>in einem Tag</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>in an hour</source>
        <translation>in einer Stunde</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>in %1 Stunden</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>in einer Minute</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>in %1 Minuten</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Tray menu</source>
        <translation>Infobereich-Menü</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
</context>
<context>
    <name>UiState</name>
    <message>
        <source>The window layout could not be written to %1</source>
        <translation>Das Fensterlayout konnte nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <source>The window layout in %1 could not be read</source>
        <translation>Das Fensterlayout in %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Capture and inspect HL7 traffic between analyzers and the LIS.</source>
        <translation>HL7-Verkehr zwischen Analysegeräten und dem LIS mitschneiden und untersuchen.</translation>
    </message>
    <message>
        <source>Keep sessions and settings in &lt;dir&gt;.</source>
        <translation>Sitzungen und Einstellungen in &lt;Ordner&gt; speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation>Einstellungen nicht gelesen</translation>
    </message>
    <message>
        <source>The settings could not be read, so the defaults apply and the file is left as it is:

%1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden. Daher gelten die Standardwerte, und die Datei bleibt unverändert:

%1</translation>
    </message>
    <message>
        <source>Sessions not saved</source>
        <translation>Sitzungen nicht gespeichert</translation>
    </message>
    <message>
        <source>These sessions could not be written to the data folder. Copies are kept here and are restored at the next start:

%1</source>
        <translation>Diese Sitzungen konnten nicht in den Datenordner geschrieben werden. Kopien werden hier aufbewahrt und beim nächsten Start wiederhergestellt:

%1</translation>
    </message>
    <message>
        <source>Start on a temporary data folder with a sample capture opened; nothing is kept.</source>
        <translation>Mit einem temporären Datenordner und geöffnetem Beispielmitschnitt starten; nichts wird behalten.</translation>
    </message>
    <message>
        <source>Start in the system tray (minimized without one).</source>
        <translation>Im Infobereich starten (ohne Infobereich minimiert).</translation>
    </message>
    <message>
        <source>Capture files (.pcap, .pcapng) to open.</source>
        <translation>Zu öffnende Mitschnittdateien (.pcap, .pcapng).</translation>
    </message>
    <message>
        <source>Demo not started</source>
        <translation>Demo nicht gestartet</translation>
    </message>
    <message>
        <source>The demo needs a temporary data folder:

%1</source>
        <translation>Die Demo benötigt einen temporären Datenordner:

%1</translation>
    </message>
</context>
</TS>
