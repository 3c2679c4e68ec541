<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AstmDecoder</name>
    <message>
        <source>frame cut off by control byte 0x%1 before its CR LF</source>
        <translation>trame interrompue par l&apos;octet de contrôle 0x%1 avant son CR LF</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Capture HL7 traffic from the start of the session</source>
        <translation>Capturer le trafic HL7 dès l&apos;ouverture de la session</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>CaptureChecks</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>the start, acknowledge and end bytes must differ</source>
        <translation>les octets de début, d&apos;acquittement et de fin doivent être différents</translation>
    </message>
    <message>
        <source>%1 cannot be a marker byte: the framing uses it already</source>
        <translation>%1 ne peut pas servir d&apos;octet marqueur&#xa0;: le tramage l&apos;utilise déjà</translation>
    </message>
</context>
<context>
    <name>CaptureConfig</name>
    <message>
        <source>The interface name must be one line.</source>
        <translation>Le nom de l&apos;interface doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The capture filter must be one line.</source>
        <translation>Le filtre de capture doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Unknown framing &quot;%1&quot;; choose auto, astm, e1381 or mllp.</source>
        <translation>Tramage «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez auto, astm, e1381 ou mllp.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not an IP address such as 192.168.1.20 or fe80::1.</source>
        <translation>L&apos;adresse de l&apos;appareil «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP telle que 192.168.1.20 ou fe80::1.</translation>
    </message>
    <message>
        <source>The LIS address &quot;%1&quot; is not an IP address such as 192.168.1.30 or fe80::1.</source>
        <translation>L&apos;adresse du SIL «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP telle que 192.168.1.30 ou fe80::1.</translation>
    </message>
    <message>
        <source>The LIS port must be a number from 1 to 65535, or empty for any port.</source>
        <translation>Le port du SIL doit être un nombre de 1 à 65535, ou rester vide pour accepter tous les ports.</translation>
    </message>
    <message>
        <source>The proxy listens on PORT or ADDRESS:PORT, such as 2575 or 0.0.0.0:2575; &quot;%1&quot; is neither.</source>
        <translation>Le proxy écoute sur PORT ou ADRESSE:PORT, p. ex. 2575 ou 0.0.0.0:2575&#xa0;; «&#xa0;%1&#xa0;» n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>The proxy needs the LIS to forward to, as HOST:PORT such as 192.168.1.30:2575.</source>
        <translation>Le proxy a besoin du SIL vers lequel retransmettre, sous la forme HÔTE:PORT, p. ex. 192.168.1.30:2575.</translation>
    </message>
    <message>
        <source>The LIS to forward to must be HOST:PORT, such as 192.168.1.30:2575 or lis.example:2575; &quot;%1&quot; is not.</source>
        <translation>Le SIL vers lequel retransmettre doit être de la forme HÔTE:PORT, p. ex. 192.168.1.30:2575 ou lis.example:2575&#xa0;; «&#xa0;%1&#xa0;» ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>A marker byte must be from 0 to 255 (0x00 to 0xff).</source>
        <translation>Un octet marqueur doit être compris entre 0 et 255 (0x00 à 0xff).</translation>
    </message>
    <message>
        <source>These marker bytes cannot be used: %1.</source>
        <translation>Ces octets marqueurs ne peuvent pas être utilisés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The idle gap must be from 1 to 3600 seconds.</source>
        <translation>Le délai d&apos;inactivité doit être compris entre 1 et 3600 secondes.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>&amp;Start Capture</source>
        <translation>&amp;Démarrer la capture</translation>
    </message>
    <message>
        <source>Start capturing from the chosen source</source>
        <translation>Démarrer la capture depuis la source choisie</translation>
    </message>
    <message>
        <source>S&amp;top Capture</source>
        <translation>&amp;Arrêter la capture</translation>
    </message>
    <message>
        <source>Stop capturing</source>
        <translation>Arrêter la capture</translation>
    </message>
    <message>
        <source>&amp;Pause Capture</source>
        <translation>&amp;Suspendre la capture</translation>
    </message>
    <message>
        <source>Pause or resume capturing</source>
        <translation>Suspendre ou reprendre la capture</translation>
    </message>
    <message>
        <source>&amp;Open Capture File…</source>
        <translation>&amp;Ouvrir un fichier de capture…</translation>
    </message>
    <message>
        <source>Read sessions from .pcap or .pcapng files</source>
        <translation>Lire des sessions depuis des fichiers .pcap ou .pcapng</translation>
    </message>
    <message>
        <source>Capture S&amp;ource…</source>
        <translation>So&amp;urce de capture…</translation>
    </message>
    <message>
        <source>Choose the interface, file or proxy, the framing and the addresses</source>
        <translation>Choisir l&apos;interface, le fichier ou le proxy, le tramage et les adresses</translation>
    </message>
    <message>
        <source>&amp;Resume Capture</source>
        <translation>&amp;Reprendre la capture</translation>
    </message>
    <message>
        <source>Capturing is not available in this window.</source>
        <translation>La capture n&apos;est pas disponible dans cette fenêtre.</translation>
    </message>
    <message>
        <source>A capture is running already; stop it first.</source>
        <translation>Une capture est déjà en cours&#xa0;; arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Stop the running capture before opening a capture file.</source>
        <translation>Arrêtez la capture en cours avant d&apos;ouvrir un fichier de capture.</translation>
    </message>
    <message>
        <source>Open Capture File</source>
        <translation>Ouvrir un fichier de capture</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Fichiers de capture (*.pcap *.pcapng *.cap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Ouvrir un fichier de capture</translation>
    </message>
</context>
<context>
    <name>CaptureEngine</name>
    <message>
        <source>further warnings left out</source>
        <translation>avertissements suivants omis</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>trame %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CaptureSourceDialog</name>
    <message>
        <source>any (every interface)</source>
        <translation>any (toutes les interfaces)</translation>
    </message>
    <message>
        <source>%1, loopback</source>
        <translation>%1, boucle locale</translation>
    </message>
    <message>
        <source>%1, down</source>
        <translation>%1, désactivée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capture Source</source>
        <translation>Source de capture</translation>
    </message>
    <message>
        <source>Capture source</source>
        <translation>Source de capture</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Start Capture</source>
        <translation>&amp;Démarrer la capture</translation>
    </message>
    <message>
        <source>Save and start capture</source>
        <translation>Enregistrer et démarrer la capture</translation>
    </message>
    <message>
        <source>Save without starting</source>
        <translation>Enregistrer sans démarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Network &amp;interface</source>
        <translation>&amp;Interface réseau</translation>
    </message>
    <message>
        <source>Capture &amp;file</source>
        <translation>&amp;Fichier de capture</translation>
    </message>
    <message>
        <source>Recording &amp;proxy</source>
        <translation>&amp;Proxy d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Capture on a network interface</source>
        <translation>Capturer sur une interface réseau</translation>
    </message>
    <message>
        <source>Read a capture file</source>
        <translation>Lire un fichier de capture</translation>
    </message>
    <message>
        <source>Record through the proxy</source>
        <translation>Enregistrer via le proxy</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interface réseau</translation>
    </message>
    <message>
        <source>Listing interfaces…</source>
        <translation>Recherche des interfaces…</translation>
    </message>
    <message>
        <source>Interface note</source>
        <translation>Remarque sur l&apos;interface</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Fichier de capture</translation>
    </message>
    <message>
        <source>A .pcap or .pcapng file</source>
        <translation>Un fichier .pcap ou .pcapng</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for a capture file</source>
        <translation>Choisir un fichier de capture</translation>
    </message>
    <message>
        <source>Proxy listens on</source>
        <translation>Le proxy écoute sur</translation>
    </message>
    <message>
        <source>[ADDRESS:]PORT, such as 2575</source>
        <translation>[ADRESSE:]PORT, p. ex. 2575</translation>
    </message>
    <message>
        <source>Proxy forwards to</source>
        <translation>Le proxy retransmet vers</translation>
    </message>
    <message>
        <source>HOST:PORT of the LIS, such as 192.168.1.30:2575</source>
        <translation>HÔTE:PORT du SIL, p. ex. 192.168.1.30:2575</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écoute sur&#xa0;:</translation>
    </message>
    <message>
        <source>Forward to LIS:</source>
        <translation>Retransmettre au SIL&#xa0;:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Tramage</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>ASTM-style (ENQ, ACK, EOT)</source>
        <translation>Type ASTM (ENQ, ACK, EOT)</translation>
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
        <translation>Adresse IP de l&apos;appareil</translation>
    </message>
    <message>
        <source>any, or such as 192.168.1.20</source>
        <translation>toutes, ou p. ex. 192.168.1.20</translation>
    </message>
    <message>
        <source>LIS IP address</source>
        <translation>Adresse IP du SIL</translation>
    </message>
    <message>
        <source>any, or such as 192.168.1.30</source>
        <translation>toutes, ou p. ex. 192.168.1.30</translation>
    </message>
    <message>
        <source>LIS port</source>
        <translation>Port du SIL</translation>
    </message>
    <message>
        <source>any, or such as 2575</source>
        <translation>tous, ou p. ex. 2575</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>Filtre de capture</translation>
    </message>
    <message>
        <source>A BPF expression; empty: built from the addresses above.</source>
        <translation>Une expression BPF&#xa0;; si vide&#xa0;: construite à partir des adresses ci-dessus.</translation>
    </message>
    <message>
        <source>F&amp;raming:</source>
        <translation>&amp;Tramage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device IP:</source>
        <translation>IP de l&apos;&amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;LIS IP:</source>
        <translation>IP du &amp;SIL&#xa0;:</translation>
    </message>
    <message>
        <source>LIS p&amp;ort:</source>
        <translation>P&amp;ort du SIL&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Fi&amp;ltre&#xa0;:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Octet de début</translation>
    </message>
    <message>
        <source>Acknowledge byte</source>
        <translation>Octet d&apos;acquittement</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Octet de fin</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>MLLP idle gap in seconds</source>
        <translation>Délai d&apos;inactivité MLLP en secondes</translation>
    </message>
    <message>
        <source>MLLP: a pause this long ends a session on a connection that stays open.</source>
        <translation>MLLP&#xa0;: une pause de cette durée met fin à une session sur une connexion qui reste ouverte.</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledge:</source>
        <translation>Acquittement&#xa0;:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Marker bytes:</source>
        <translation>Octets marqueurs&#xa0;:</translation>
    </message>
    <message>
        <source>MLLP idle &amp;gap:</source>
        <translation>Délai d&apos;inacti&amp;vité MLLP&#xa0;:</translation>
    </message>
    <message>
        <source>Every interface</source>
        <translation>Toutes les interfaces</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (introuvable actuellement)</translation>
    </message>
    <message>
        <source>The interfaces could not be listed: %1</source>
        <translation>Impossible de lister les interfaces&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capturing needs root or CAP_NET_RAW; use the proxy instead.</source>
        <translation>La capture nécessite les droits root ou CAP_NET_RAW&#xa0;; utilisez plutôt le proxy.</translation>
    </message>
    <message>
        <source>Open Capture File</source>
        <translation>Ouvrir un fichier de capture</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Fichiers de capture (*.pcap *.pcapng *.cap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the capture file to read.</source>
        <translation>Choisissez le fichier de capture à lire.</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Le choix n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaptureStatusWidget</name>
    <message>
        <source>Capture status</source>
        <translation>Statut de la capture</translation>
    </message>
    <message>
        <source>Capture state</source>
        <translation>État de la capture</translation>
    </message>
    <message>
        <source>Capture file progress</source>
        <translation>Progression du fichier de capture</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>Captured sessions and messages</source>
        <translation>Sessions et messages capturés</translation>
    </message>
    <message>
        <source>Last capture error</source>
        <translation>Dernière erreur de capture</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Capturing on every interface</source>
        <translation>Capture sur toutes les interfaces</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Capture sur %1</translation>
    </message>
    <message>
        <source>Proxy on port %1</source>
        <translation>Proxy sur le port %1</translation>
    </message>
    <message>
        <source>Starting the proxy…</source>
        <translation>Démarrage du proxy…</translation>
    </message>
    <message>
        <source>%1 (%2 more waiting)</source>
        <translation>%1 (%2 autre(s) en attente)</translation>
    </message>
    <message>
        <source>%1
Waiting: %2</source>
        <translation>%1
En attente&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sessions: %1  Messages: %2</source>
        <translation>Sessions&#xa0;: %1  Messages&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1  Open: %2</source>
        <translation>%1  Ouvertes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CaptureWorker</name>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Capturing on %1 with filter &quot;%2&quot;</source>
        <translation>Capture sur %1 avec le filtre «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Proxy listening on port %1, forwarding to %2:%3</source>
        <translation>Proxy en écoute sur le port %1, retransmission vers %2:%3</translation>
    </message>
    <message>
        <source>the capture was paused during this exchange</source>
        <translation>la capture a été suspendue pendant cet échange</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No collector endpoint is set: enter its URL first.</source>
        <translation>Aucun point de terminaison de collecteur n&apos;est défini&#xa0;: saisissez d&apos;abord son URL.</translation>
    </message>
    <message>
        <source>The collector at %1 refused the credentials: %2. Check the authorization header.</source>
        <translation>Le collecteur à l&apos;adresse %1 a refusé les identifiants&#xa0;: %2. Vérifiez l&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <source>The collector at %1 answered %2, a redirect: submission does not follow redirects.</source>
        <translation>Le collecteur à l&apos;adresse %1 a répondu %2, une redirection&#xa0;: l&apos;envoi ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>The collector at %1 answered %2, a redirect to %3: submission does not follow redirects, so enter that address as the endpoint.</source>
        <translation>Le collecteur à l&apos;adresse %1 a répondu %2, une redirection vers %3&#xa0;: l&apos;envoi ne suit pas les redirections&#xa0;; saisissez donc cette adresse comme point de terminaison.</translation>
    </message>
    <message>
        <source>Connected securely (%1, certificate trusted): %2 from %3 (the collector answers; this test sent HEAD, submission uses POST).</source>
        <translation>Connexion sécurisée établie (%1, certificat approuvé)&#xa0;: réponse %2 de %3 (le collecteur répond&#xa0;; ce test a envoyé HEAD, l&apos;envoi utilise POST).</translation>
    </message>
    <message>
        <source>Connected: %1 from %2 (the collector answers; this test sent HEAD, submission uses POST).</source>
        <translation>Connecté&#xa0;: réponse %1 de %2 (le collecteur répond&#xa0;; ce test a envoyé HEAD, l&apos;envoi utilise POST).</translation>
    </message>
    <message>
        <source>Timed out after %1 s: %2 did not answer.</source>
        <translation>Délai dépassé après %1 s&#xa0;: %2 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the collector running, and on that port?</source>
        <translation>Connexion refusée par %1&#xa0;: le collecteur est-il en cours d&apos;exécution, et sur ce port&#xa0;?</translation>
    </message>
    <message>
        <source>Host not found: %1.</source>
        <translation>Hôte introuvable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (an https:// collector addressed as http://?).</source>
        <translation>%1 a fermé la connexion sans répondre (un collecteur https:// appelé en http://&#xa0;?).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>If the collector&apos;s certificate comes from a private CA, choose that CA&apos;s certificate as the CA file.</source>
        <translation>Si le certificat du collecteur provient d&apos;une autorité de certification privée, choisissez le certificat de cette autorité comme fichier CA.</translation>
    </message>
    <message>
        <source>The CA file %1 does not vouch for it either.</source>
        <translation>Le fichier CA %1 ne permet pas non plus de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Certificate not trusted: %1. %2</source>
        <translation>Certificat non approuvé&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sample capture is missing from the program: %1</source>
        <translation>la capture d&apos;exemple est absente du programme&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>impossible de rendre %1 privé&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>impossible de déplacer %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot sync folder %1: %2</source>
        <translation>impossible de synchroniser le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <translation>impossible de lire le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make folder %1 private: %2</source>
        <translation>impossible de rendre le dossier %1 privé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>E1381Decoder</name>
    <message>
        <source>message ends with an intermediate frame (ETB) and no last frame (ETX)</source>
        <translation>le message se termine par une trame intermédiaire (ETB) sans trame finale (ETX)</translation>
    </message>
    <message>
        <source>frame cut off by control byte 0x%1 before its ETB or ETX</source>
        <translation>trame interrompue par l&apos;octet de contrôle 0x%1 avant son ETB ou ETX</translation>
    </message>
    <message>
        <source>frame without a frame number 0-7</source>
        <translation>trame sans numéro de trame 0-7</translation>
    </message>
    <message>
        <source>frame %1: malformed end, expected two hex checksum digits and CR LF</source>
        <translation>trame %1&#xa0;: fin mal formée, deux chiffres hexadécimaux de somme de contrôle et CR LF attendus</translation>
    </message>
    <message>
        <source>frame %1: checksum %2, expected %3</source>
        <translation>trame %1&#xa0;: somme de contrôle %2, %3 attendue</translation>
    </message>
</context>
<context>
    <name>ElementByteModel</name>
    <message>
        <source>Byte %1 (0x%2): 0x%3 %4</source>
        <translation>Octet %1 (0x%2)&#xa0;: 0x%3 %4</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Type de message %1, ID de contrôle %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>FramingDecoder</name>
    <message>
        <source>bytes outside any frame</source>
        <translation>octets hors de toute trame</translation>
    </message>
    <message>
        <source>incomplete frame at end of stream</source>
        <translation>trame incomplète en fin de flux</translation>
    </message>
    <message>
        <source>frame longer than %1 bytes: cut off here, decoding resumes at the next frame</source>
        <translation>trame de plus de %1 octets&#xa0;: coupée ici, le décodage reprend à la trame suivante</translation>
    </message>
</context>
<context>
    <name>Hl7::Message</name>
    <message>
        <source>the message does not start with an MSH segment</source>
        <translation>le message ne commence pas par un segment MSH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at byte %2 is not a segment name</source>
        <translation>«&#xa0;%1&#xa0;» à l&apos;octet %2 n&apos;est pas un nom de segment</translation>
    </message>
</context>
<context>
    <name>Hl7Dictionary</name>
    <message>
        <source>Z-segment (site-defined)</source>
        <translation>Segment Z (défini localement)</translation>
    </message>
    <message>
        <source>Set ID - AL1</source>
        <translation>Numéro d&apos;ordre - AL1</translation>
    </message>
    <message>
        <source>Allergen Type Code</source>
        <translation>Code du type d&apos;allergène</translation>
    </message>
    <message>
        <source>Allergen Code/Mnemonic/Description</source>
        <translation>Code/mnémonique/description de l&apos;allergène</translation>
    </message>
    <message>
        <source>Allergy Severity Code</source>
        <translation>Code de gravité de l&apos;allergie</translation>
    </message>
    <message>
        <source>Allergy Reaction Code</source>
        <translation>Code de réaction allergique</translation>
    </message>
    <message>
        <source>Identification Date</source>
        <translation>Date d&apos;identification</translation>
    </message>
    <message>
        <source>Batch Field Separator</source>
        <translation>Séparateur de champ du lot</translation>
    </message>
    <message>
        <source>Batch Encoding Characters</source>
        <translation>Caractères d&apos;encodage du lot</translation>
    </message>
    <message>
        <source>Batch Sending Application</source>
        <translation>Application émettrice du lot</translation>
    </message>
    <message>
        <source>Batch Sending Facility</source>
        <translation>Établissement émetteur du lot</translation>
    </message>
    <message>
        <source>Batch Receiving Application</source>
        <translation>Application destinataire du lot</translation>
    </message>
    <message>
        <source>Batch Receiving Facility</source>
        <translation>Établissement destinataire du lot</translation>
    </message>
    <message>
        <source>Batch Creation Date/Time</source>
        <translation>Date/heure de création du lot</translation>
    </message>
    <message>
        <source>Batch Security</source>
        <translation>Sécurité du lot</translation>
    </message>
    <message>
        <source>Batch Name/ID/Type</source>
        <translation>Nom/ID/type du lot</translation>
    </message>
    <message>
        <source>Batch Comment</source>
        <translation>Commentaire du lot</translation>
    </message>
    <message>
        <source>Batch Control ID</source>
        <translation>ID de contrôle du lot</translation>
    </message>
    <message>
        <source>Reference Batch Control ID</source>
        <translation>ID de contrôle du lot de référence</translation>
    </message>
    <message>
        <source>Batch Message Count</source>
        <translation>Nombre de messages du lot</translation>
    </message>
    <message>
        <source>Batch Totals</source>
        <translation>Totaux du lot</translation>
    </message>
    <message>
        <source>Set ID - DG1</source>
        <translation>Numéro d&apos;ordre - DG1</translation>
    </message>
    <message>
        <source>Diagnosis Coding Method</source>
        <translation>Méthode de codage du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis Code - DG1</source>
        <translation>Code du diagnostic - DG1</translation>
    </message>
    <message>
        <source>Diagnosis Description</source>
        <translation>Description du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis Date/Time</source>
        <translation>Date/heure du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis Type</source>
        <translation>Type de diagnostic</translation>
    </message>
    <message>
        <source>Major Diagnostic Category</source>
        <translation>Catégorie diagnostique majeure</translation>
    </message>
    <message>
        <source>Diagnostic Related Group</source>
        <translation>Groupe homogène de malades (DRG)</translation>
    </message>
    <message>
        <source>DRG Approval Indicator</source>
        <translation>Indicateur d&apos;approbation du DRG</translation>
    </message>
    <message>
        <source>DRG Grouper Review Code</source>
        <translation>Code de révision du groupeur DRG</translation>
    </message>
    <message>
        <source>Outlier Type</source>
        <translation>Type de cas extrême</translation>
    </message>
    <message>
        <source>Outlier Days</source>
        <translation>Jours de cas extrême</translation>
    </message>
    <message>
        <source>Outlier Cost</source>
        <translation>Coût de cas extrême</translation>
    </message>
    <message>
        <source>Grouper Version and Type</source>
        <translation>Version et type du groupeur</translation>
    </message>
    <message>
        <source>Diagnosis Priority</source>
        <translation>Priorité du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosing Clinician</source>
        <translation>Clinicien ayant posé le diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis Classification</source>
        <translation>Classification du diagnostic</translation>
    </message>
    <message>
        <source>Confidential Indicator</source>
        <translation>Indicateur de confidentialité</translation>
    </message>
    <message>
        <source>Attestation Date/Time</source>
        <translation>Date/heure d&apos;attestation</translation>
    </message>
    <message>
        <source>Diagnosis Identifier</source>
        <translation>Identifiant du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis Action Code</source>
        <translation>Code d&apos;action du diagnostic</translation>
    </message>
    <message>
        <source>Continuation Pointer</source>
        <translation>Pointeur de continuation</translation>
    </message>
    <message>
        <source>Continuation Style</source>
        <translation>Style de continuation</translation>
    </message>
    <message>
        <source>Reference Command Number</source>
        <translation>Numéro de commande de référence</translation>
    </message>
    <message>
        <source>Remote Control Command</source>
        <translation>Commande de contrôle à distance</translation>
    </message>
    <message>
        <source>Response Required</source>
        <translation>Réponse requise</translation>
    </message>
    <message>
        <source>Requested Completion Time</source>
        <translation>Heure d&apos;achèvement demandée</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Command Response</source>
        <translation>Réponse à la commande</translation>
    </message>
    <message>
        <source>Date/Time Completed</source>
        <translation>Date/heure d&apos;achèvement</translation>
    </message>
    <message>
        <source>Command Response Parameters</source>
        <translation>Paramètres de la réponse à la commande</translation>
    </message>
    <message>
        <source>Equipment Instance Identifier</source>
        <translation>Identifiant de l&apos;instance d&apos;équipement</translation>
    </message>
    <message>
        <source>Event Date/Time</source>
        <translation>Date/heure de l&apos;événement</translation>
    </message>
    <message>
        <source>Equipment State</source>
        <translation>État de l&apos;équipement</translation>
    </message>
    <message>
        <source>Local/Remote Control State</source>
        <translation>État du contrôle local/à distance</translation>
    </message>
    <message>
        <source>Alert Level</source>
        <translation>Niveau d&apos;alerte</translation>
    </message>
    <message>
        <source>Error Code and Location</source>
        <translation>Code et emplacement de l&apos;erreur</translation>
    </message>
    <message>
        <source>Error Location</source>
        <translation>Emplacement de l&apos;erreur</translation>
    </message>
    <message>
        <source>HL7 Error Code</source>
        <translation>Code d&apos;erreur HL7</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Application Error Code</source>
        <translation>Code d&apos;erreur de l&apos;application</translation>
    </message>
    <message>
        <source>Application Error Parameter</source>
        <translation>Paramètre d&apos;erreur de l&apos;application</translation>
    </message>
    <message>
        <source>Diagnostic Information</source>
        <translation>Informations de diagnostic</translation>
    </message>
    <message>
        <source>User Message</source>
        <translation>Message utilisateur</translation>
    </message>
    <message>
        <source>Inform Person Indicator</source>
        <translation>Indicateur de personne à informer</translation>
    </message>
    <message>
        <source>Override Type</source>
        <translation>Type de dérogation</translation>
    </message>
    <message>
        <source>Override Reason Code</source>
        <translation>Code du motif de dérogation</translation>
    </message>
    <message>
        <source>Help Desk Contact Point</source>
        <translation>Point de contact du support</translation>
    </message>
    <message>
        <source>Event Type Code</source>
        <translation>Code du type d&apos;événement</translation>
    </message>
    <message>
        <source>Recorded Date/Time</source>
        <translation>Date/heure d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Date/Time Planned Event</source>
        <translation>Date/heure prévue de l&apos;événement</translation>
    </message>
    <message>
        <source>Event Reason Code</source>
        <translation>Code du motif de l&apos;événement</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>ID de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Event Occurred</source>
        <translation>Survenue de l&apos;événement</translation>
    </message>
    <message>
        <source>Event Facility</source>
        <translation>Établissement de l&apos;événement</translation>
    </message>
    <message>
        <source>File Field Separator</source>
        <translation>Séparateur de champ du fichier</translation>
    </message>
    <message>
        <source>File Encoding Characters</source>
        <translation>Caractères d&apos;encodage du fichier</translation>
    </message>
    <message>
        <source>File Sending Application</source>
        <translation>Application émettrice du fichier</translation>
    </message>
    <message>
        <source>File Sending Facility</source>
        <translation>Établissement émetteur du fichier</translation>
    </message>
    <message>
        <source>File Receiving Application</source>
        <translation>Application destinataire du fichier</translation>
    </message>
    <message>
        <source>File Receiving Facility</source>
        <translation>Établissement destinataire du fichier</translation>
    </message>
    <message>
        <source>File Creation Date/Time</source>
        <translation>Date/heure de création du fichier</translation>
    </message>
    <message>
        <source>File Security</source>
        <translation>Sécurité du fichier</translation>
    </message>
    <message>
        <source>File Name/ID</source>
        <translation>Nom/ID du fichier</translation>
    </message>
    <message>
        <source>File Header Comment</source>
        <translation>Commentaire d&apos;en-tête du fichier</translation>
    </message>
    <message>
        <source>File Control ID</source>
        <translation>ID de contrôle du fichier</translation>
    </message>
    <message>
        <source>Reference File Control ID</source>
        <translation>ID de contrôle du fichier de référence</translation>
    </message>
    <message>
        <source>File Batch Count</source>
        <translation>Nombre de lots du fichier</translation>
    </message>
    <message>
        <source>File Trailer Comment</source>
        <translation>Commentaire de fin du fichier</translation>
    </message>
    <message>
        <source>Acknowledgment Code</source>
        <translation>Code d&apos;acquittement</translation>
    </message>
    <message>
        <source>Message Control ID</source>
        <translation>ID de contrôle du message</translation>
    </message>
    <message>
        <source>Text Message</source>
        <translation>Message texte</translation>
    </message>
    <message>
        <source>Expected Sequence Number</source>
        <translation>Numéro de séquence attendu</translation>
    </message>
    <message>
        <source>Delayed Acknowledgment Type</source>
        <translation>Type d&apos;acquittement différé</translation>
    </message>
    <message>
        <source>Error Condition</source>
        <translation>Condition d&apos;erreur</translation>
    </message>
    <message>
        <source>Field Separator</source>
        <translation>Séparateur de champ</translation>
    </message>
    <message>
        <source>Encoding Characters</source>
        <translation>Caractères d&apos;encodage</translation>
    </message>
    <message>
        <source>Sending Application</source>
        <translation>Application émettrice</translation>
    </message>
    <message>
        <source>Sending Facility</source>
        <translation>Établissement émetteur</translation>
    </message>
    <message>
        <source>Receiving Application</source>
        <translation>Application destinataire</translation>
    </message>
    <message>
        <source>Receiving Facility</source>
        <translation>Établissement destinataire</translation>
    </message>
    <message>
        <source>Date/Time of Message</source>
        <translation>Date/heure du message</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Message Type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Processing ID</source>
        <translation>ID de traitement</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>ID de version</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>Numéro de séquence</translation>
    </message>
    <message>
        <source>Accept Acknowledgment Type</source>
        <translation>Type d&apos;acquittement de réception</translation>
    </message>
    <message>
        <source>Application Acknowledgment Type</source>
        <translation>Type d&apos;acquittement applicatif</translation>
    </message>
    <message>
        <source>Country Code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Character Set</source>
        <translation>Jeu de caractères</translation>
    </message>
    <message>
        <source>Principal Language of Message</source>
        <translation>Langue principale du message</translation>
    </message>
    <message>
        <source>Alternate Character Set Handling Scheme</source>
        <translation>Schéma de gestion du jeu de caractères alternatif</translation>
    </message>
    <message>
        <source>Message Profile Identifier</source>
        <translation>Identifiant du profil de message</translation>
    </message>
    <message>
        <source>Set ID - NK1</source>
        <translation>Numéro d&apos;ordre - NK1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Business Phone Number</source>
        <translation>Numéro de téléphone professionnel</translation>
    </message>
    <message>
        <source>Contact Role</source>
        <translation>Rôle du contact</translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End Date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Job Title</source>
        <translation>Intitulé du poste du proche / de la partie associée</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Job Code/Class</source>
        <translation>Code/catégorie d&apos;emploi du proche / de la partie associée</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Employee Number</source>
        <translation>Matricule du proche / de la partie associée</translation>
    </message>
    <message>
        <source>Organization Name - NK1</source>
        <translation>Nom de l&apos;organisation - NK1</translation>
    </message>
    <message>
        <source>Marital Status</source>
        <translation>Situation de famille</translation>
    </message>
    <message>
        <source>Administrative Sex</source>
        <translation>Sexe administratif</translation>
    </message>
    <message>
        <source>Date/Time of Birth</source>
        <translation>Date/heure de naissance</translation>
    </message>
    <message>
        <source>Living Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>Ambulatory Status</source>
        <translation>Autonomie de déplacement</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citoyenneté</translation>
    </message>
    <message>
        <source>Primary Language</source>
        <translation>Langue principale</translation>
    </message>
    <message>
        <source>Living Arrangement</source>
        <translation>Mode de vie</translation>
    </message>
    <message>
        <source>Publicity Code</source>
        <translation>Code de diffusion</translation>
    </message>
    <message>
        <source>Protection Indicator</source>
        <translation>Indicateur de protection</translation>
    </message>
    <message>
        <source>Student Indicator</source>
        <translation>Indicateur d&apos;étudiant</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Mother&apos;s Maiden Name</source>
        <translation>Nom de naissance de la mère</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Ethnic Group</source>
        <translation>Groupe ethnique</translation>
    </message>
    <message>
        <source>Contact Reason</source>
        <translation>Motif du contact</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Name</source>
        <translation>Nom de la personne à contacter</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Telephone Number</source>
        <translation>Numéro de téléphone de la personne à contacter</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Address</source>
        <translation>Adresse de la personne à contacter</translation>
    </message>
    <message>
        <source>Next of Kin/Associated Party&apos;s Identifiers</source>
        <translation>Identifiants du proche / de la partie associée</translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation>Statut professionnel</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Handicap</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Contact Person Social Security Number</source>
        <translation>Numéro de sécurité sociale de la personne à contacter</translation>
    </message>
    <message>
        <source>Next of Kin Birth Place</source>
        <translation>Lieu de naissance du proche</translation>
    </message>
    <message>
        <source>VIP Indicator</source>
        <translation>Indicateur VIP</translation>
    </message>
    <message>
        <source>Set ID - NTE</source>
        <translation>Numéro d&apos;ordre - NTE</translation>
    </message>
    <message>
        <source>Source of Comment</source>
        <translation>Source du commentaire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment Type</source>
        <translation>Type de commentaire</translation>
    </message>
    <message>
        <source>Set ID - OBR</source>
        <translation>Numéro d&apos;ordre - OBR</translation>
    </message>
    <message>
        <source>Placer Order Number</source>
        <translation>Numéro de commande du demandeur</translation>
    </message>
    <message>
        <source>Filler Order Number</source>
        <translation>Numéro de commande de l&apos;exécutant</translation>
    </message>
    <message>
        <source>Universal Service Identifier</source>
        <translation>Identifiant universel de la prestation</translation>
    </message>
    <message>
        <source>Priority - OBR</source>
        <translation>Priorité - OBR</translation>
    </message>
    <message>
        <source>Requested Date/Time</source>
        <translation>Date/heure demandée</translation>
    </message>
    <message>
        <source>Observation Date/Time</source>
        <translation>Date/heure de l&apos;observation</translation>
    </message>
    <message>
        <source>Observation End Date/Time</source>
        <translation>Date/heure de fin de l&apos;observation</translation>
    </message>
    <message>
        <source>Collection Volume</source>
        <translation>Volume prélevé</translation>
    </message>
    <message>
        <source>Collector Identifier</source>
        <translation>Identifiant du préleveur</translation>
    </message>
    <message>
        <source>Specimen Action Code</source>
        <translation>Code d&apos;action sur l&apos;échantillon</translation>
    </message>
    <message>
        <source>Danger Code</source>
        <translation>Code de danger</translation>
    </message>
    <message>
        <source>Relevant Clinical Information</source>
        <translation>Renseignements cliniques pertinents</translation>
    </message>
    <message>
        <source>Specimen Received Date/Time</source>
        <translation>Date/heure de réception de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Source</source>
        <translation>Origine de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Ordering Provider</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Order Callback Phone Number</source>
        <translation>Numéro de rappel pour la commande</translation>
    </message>
    <message>
        <source>Placer Field 1</source>
        <translation>Champ demandeur 1</translation>
    </message>
    <message>
        <source>Placer Field 2</source>
        <translation>Champ demandeur 2</translation>
    </message>
    <message>
        <source>Filler Field 1</source>
        <translation>Champ exécutant 1</translation>
    </message>
    <message>
        <source>Filler Field 2</source>
        <translation>Champ exécutant 2</translation>
    </message>
    <message>
        <source>Results Rpt/Status Chng - Date/Time</source>
        <translation>Date/heure du rapport de résultats/changement de statut</translation>
    </message>
    <message>
        <source>Charge to Practice</source>
        <translation>Facturation au cabinet</translation>
    </message>
    <message>
        <source>Diagnostic Serv Sect ID</source>
        <translation>ID de section du service diagnostique</translation>
    </message>
    <message>
        <source>Result Status</source>
        <translation>Statut du résultat</translation>
    </message>
    <message>
        <source>Parent Result</source>
        <translation>Résultat parent</translation>
    </message>
    <message>
        <source>Quantity/Timing</source>
        <translation>Quantité/planification</translation>
    </message>
    <message>
        <source>Result Copies To</source>
        <translation>Copies du résultat à</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Transportation Mode</source>
        <translation>Mode de transport</translation>
    </message>
    <message>
        <source>Reason for Study</source>
        <translation>Motif de l&apos;examen</translation>
    </message>
    <message>
        <source>Principal Result Interpreter</source>
        <translation>Interprète principal des résultats</translation>
    </message>
    <message>
        <source>Assistant Result Interpreter</source>
        <translation>Interprète adjoint des résultats</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Transcriptionist</source>
        <translation>Transcripteur</translation>
    </message>
    <message>
        <source>Scheduled Date/Time</source>
        <translation>Date/heure planifiée</translation>
    </message>
    <message>
        <source>Number of Sample Containers</source>
        <translation>Nombre de contenants d&apos;échantillon</translation>
    </message>
    <message>
        <source>Transport Logistics of Collected Sample</source>
        <translation>Logistique de transport de l&apos;échantillon prélevé</translation>
    </message>
    <message>
        <source>Collector&apos;s Comment</source>
        <translation>Commentaire du préleveur</translation>
    </message>
    <message>
        <source>Transport Arrangement Responsibility</source>
        <translation>Responsabilité de l&apos;organisation du transport</translation>
    </message>
    <message>
        <source>Transport Arranged</source>
        <translation>Transport organisé</translation>
    </message>
    <message>
        <source>Escort Required</source>
        <translation>Accompagnement requis</translation>
    </message>
    <message>
        <source>Planned Patient Transport Comment</source>
        <translation>Commentaire sur le transport prévu du patient</translation>
    </message>
    <message>
        <source>Procedure Code</source>
        <translation>Code de l&apos;acte</translation>
    </message>
    <message>
        <source>Procedure Code Modifier</source>
        <translation>Modificateur du code de l&apos;acte</translation>
    </message>
    <message>
        <source>Placer Supplemental Service Information</source>
        <translation>Informations complémentaires du demandeur sur la prestation</translation>
    </message>
    <message>
        <source>Filler Supplemental Service Information</source>
        <translation>Informations complémentaires de l&apos;exécutant sur la prestation</translation>
    </message>
    <message>
        <source>Medically Necessary Duplicate Procedure Reason</source>
        <translation>Motif médical de la répétition de l&apos;acte</translation>
    </message>
    <message>
        <source>Result Handling</source>
        <translation>Traitement du résultat</translation>
    </message>
    <message>
        <source>Parent Universal Service Identifier</source>
        <translation>Identifiant universel de la prestation parente</translation>
    </message>
    <message>
        <source>Set ID - OBX</source>
        <translation>Numéro d&apos;ordre - OBX</translation>
    </message>
    <message>
        <source>Value Type</source>
        <translation>Type de valeur</translation>
    </message>
    <message>
        <source>Observation Identifier</source>
        <translation>Identifiant de l&apos;observation</translation>
    </message>
    <message>
        <source>Observation Sub-ID</source>
        <translation>Sous-ID de l&apos;observation</translation>
    </message>
    <message>
        <source>Observation Value</source>
        <translation>Valeur de l&apos;observation</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>References Range</source>
        <translation>Intervalle de référence</translation>
    </message>
    <message>
        <source>Abnormal Flags</source>
        <translation>Indicateurs d&apos;anomalie</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Nature of Abnormal Test</source>
        <translation>Nature du test anormal</translation>
    </message>
    <message>
        <source>Observation Result Status</source>
        <translation>Statut du résultat de l&apos;observation</translation>
    </message>
    <message>
        <source>Effective Date of Reference Range Values</source>
        <translation>Date d&apos;effet des valeurs de référence</translation>
    </message>
    <message>
        <source>User Defined Access Checks</source>
        <translation>Contrôles d&apos;accès définis par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Date/Time of the Observation</source>
        <translation>Date/heure de l&apos;observation</translation>
    </message>
    <message>
        <source>Producer&apos;s Reference</source>
        <translation>Référence du producteur</translation>
    </message>
    <message>
        <source>Responsible Observer</source>
        <translation>Observateur responsable</translation>
    </message>
    <message>
        <source>Observation Method</source>
        <translation>Méthode d&apos;observation</translation>
    </message>
    <message>
        <source>Date/Time of the Analysis</source>
        <translation>Date/heure de l&apos;analyse</translation>
    </message>
    <message>
        <source>Reserved for harmonization with V2.6</source>
        <translation>Réservé à l&apos;harmonisation avec la V2.6</translation>
    </message>
    <message>
        <source>Performing Organization Name</source>
        <translation>Nom de l&apos;organisation exécutante</translation>
    </message>
    <message>
        <source>Performing Organization Address</source>
        <translation>Adresse de l&apos;organisation exécutante</translation>
    </message>
    <message>
        <source>Performing Organization Medical Director</source>
        <translation>Directeur médical de l&apos;organisation exécutante</translation>
    </message>
    <message>
        <source>Order Control</source>
        <translation>Contrôle de la commande</translation>
    </message>
    <message>
        <source>Placer Group Number</source>
        <translation>Numéro de groupe du demandeur</translation>
    </message>
    <message>
        <source>Order Status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Response Flag</source>
        <translation>Indicateur de réponse</translation>
    </message>
    <message>
        <source>Date/Time of Transaction</source>
        <translation>Date/heure de la transaction</translation>
    </message>
    <message>
        <source>Entered By</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Verified By</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Enterer&apos;s Location</source>
        <translation>Emplacement de la personne ayant saisi</translation>
    </message>
    <message>
        <source>Call Back Phone Number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source>Order Effective Date/Time</source>
        <translation>Date/heure d&apos;effet de la commande</translation>
    </message>
    <message>
        <source>Order Control Code Reason</source>
        <translation>Motif du code de contrôle de la commande</translation>
    </message>
    <message>
        <source>Entering Organization</source>
        <translation>Organisation de saisie</translation>
    </message>
    <message>
        <source>Entering Device</source>
        <translation>Appareil de saisie</translation>
    </message>
    <message>
        <source>Action By</source>
        <translation>Action effectuée par</translation>
    </message>
    <message>
        <source>Advanced Beneficiary Notice Code</source>
        <translation>Code d&apos;avis préalable au bénéficiaire</translation>
    </message>
    <message>
        <source>Ordering Facility Name</source>
        <translation>Nom de l&apos;établissement prescripteur</translation>
    </message>
    <message>
        <source>Ordering Facility Address</source>
        <translation>Adresse de l&apos;établissement prescripteur</translation>
    </message>
    <message>
        <source>Ordering Facility Phone Number</source>
        <translation>Numéro de téléphone de l&apos;établissement prescripteur</translation>
    </message>
    <message>
        <source>Ordering Provider Address</source>
        <translation>Adresse du prescripteur</translation>
    </message>
    <message>
        <source>Order Status Modifier</source>
        <translation>Modificateur du statut de la commande</translation>
    </message>
    <message>
        <source>Advanced Beneficiary Notice Override Reason</source>
        <translation>Motif de dérogation à l&apos;avis préalable au bénéficiaire</translation>
    </message>
    <message>
        <source>Filler&apos;s Expected Availability Date/Time</source>
        <translation>Date/heure de disponibilité prévue par l&apos;exécutant</translation>
    </message>
    <message>
        <source>Confidentiality Code</source>
        <translation>Code de confidentialité</translation>
    </message>
    <message>
        <source>Order Type</source>
        <translation>Type de commande</translation>
    </message>
    <message>
        <source>Enterer Authorization Mode</source>
        <translation>Mode d&apos;autorisation de la saisie</translation>
    </message>
    <message>
        <source>Patient Primary Facility</source>
        <translation>Établissement principal du patient</translation>
    </message>
    <message>
        <source>Patient Primary Care Provider Name &amp; ID No.</source>
        <translation>Nom &amp; n° d&apos;ID du médecin traitant du patient</translation>
    </message>
    <message>
        <source>Living Will Code</source>
        <translation>Code de testament de vie</translation>
    </message>
    <message>
        <source>Organ Donor Code</source>
        <translation>Code de don d&apos;organes</translation>
    </message>
    <message>
        <source>Separate Bill</source>
        <translation>Facture séparée</translation>
    </message>
    <message>
        <source>Duplicate Patient</source>
        <translation>Patient en doublon</translation>
    </message>
    <message>
        <source>Protection Indicator Effective Date</source>
        <translation>Date d&apos;effet de l&apos;indicateur de protection</translation>
    </message>
    <message>
        <source>Place of Worship</source>
        <translation>Lieu de culte</translation>
    </message>
    <message>
        <source>Advance Directive Code</source>
        <translation>Code de directives anticipées</translation>
    </message>
    <message>
        <source>Immunization Registry Status</source>
        <translation>Statut au registre de vaccination</translation>
    </message>
    <message>
        <source>Immunization Registry Status Effective Date</source>
        <translation>Date d&apos;effet du statut au registre de vaccination</translation>
    </message>
    <message>
        <source>Publicity Code Effective Date</source>
        <translation>Date d&apos;effet du code de diffusion</translation>
    </message>
    <message>
        <source>Military Branch</source>
        <translation>Armée d&apos;appartenance</translation>
    </message>
    <message>
        <source>Military Rank/Grade</source>
        <translation>Grade militaire</translation>
    </message>
    <message>
        <source>Military Status</source>
        <translation>Statut militaire</translation>
    </message>
    <message>
        <source>Set ID - PID</source>
        <translation>Numéro d&apos;ordre - PID</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID du patient</translation>
    </message>
    <message>
        <source>Patient Identifier List</source>
        <translation>Liste des identifiants du patient</translation>
    </message>
    <message>
        <source>Alternate Patient ID - PID</source>
        <translation>ID alternatif du patient - PID</translation>
    </message>
    <message>
        <source>Patient Name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Patient Alias</source>
        <translation>Alias du patient</translation>
    </message>
    <message>
        <source>Patient Address</source>
        <translation>Adresse du patient</translation>
    </message>
    <message>
        <source>County Code</source>
        <translation>Code du comté</translation>
    </message>
    <message>
        <source>Phone Number - Home</source>
        <translation>Numéro de téléphone - domicile</translation>
    </message>
    <message>
        <source>Phone Number - Business</source>
        <translation>Numéro de téléphone - travail</translation>
    </message>
    <message>
        <source>Patient Account Number</source>
        <translation>Numéro de compte du patient</translation>
    </message>
    <message>
        <source>SSN Number - Patient</source>
        <translation>Numéro de sécurité sociale - patient</translation>
    </message>
    <message>
        <source>Driver&apos;s License Number - Patient</source>
        <translation>Numéro de permis de conduire - patient</translation>
    </message>
    <message>
        <source>Mother&apos;s Identifier</source>
        <translation>Identifiant de la mère</translation>
    </message>
    <message>
        <source>Birth Place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Multiple Birth Indicator</source>
        <translation>Indicateur de naissance multiple</translation>
    </message>
    <message>
        <source>Birth Order</source>
        <translation>Rang de naissance</translation>
    </message>
    <message>
        <source>Veterans Military Status</source>
        <translation>Statut d&apos;ancien combattant</translation>
    </message>
    <message>
        <source>Patient Death Date and Time</source>
        <translation>Date et heure du décès du patient</translation>
    </message>
    <message>
        <source>Patient Death Indicator</source>
        <translation>Indicateur de décès du patient</translation>
    </message>
    <message>
        <source>Identity Unknown Indicator</source>
        <translation>Indicateur d&apos;identité inconnue</translation>
    </message>
    <message>
        <source>Identity Reliability Code</source>
        <translation>Code de fiabilité de l&apos;identité</translation>
    </message>
    <message>
        <source>Last Update Date/Time</source>
        <translation>Date/heure de dernière mise à jour</translation>
    </message>
    <message>
        <source>Last Update Facility</source>
        <translation>Établissement de dernière mise à jour</translation>
    </message>
    <message>
        <source>Species Code</source>
        <translation>Code de l&apos;espèce</translation>
    </message>
    <message>
        <source>Breed Code</source>
        <translation>Code de la race</translation>
    </message>
    <message>
        <source>Strain</source>
        <translation>Souche</translation>
    </message>
    <message>
        <source>Production Class Code</source>
        <translation>Code de la classe de production</translation>
    </message>
    <message>
        <source>Tribal Citizenship</source>
        <translation>Appartenance tribale</translation>
    </message>
    <message>
        <source>Set ID - PV1</source>
        <translation>Numéro d&apos;ordre - PV1</translation>
    </message>
    <message>
        <source>Patient Class</source>
        <translation>Catégorie de patient</translation>
    </message>
    <message>
        <source>Assigned Patient Location</source>
        <translation>Emplacement attribué au patient</translation>
    </message>
    <message>
        <source>Admission Type</source>
        <translation>Type d&apos;admission</translation>
    </message>
    <message>
        <source>Preadmit Number</source>
        <translation>Numéro de préadmission</translation>
    </message>
    <message>
        <source>Prior Patient Location</source>
        <translation>Emplacement précédent du patient</translation>
    </message>
    <message>
        <source>Attending Doctor</source>
        <translation>Médecin responsable</translation>
    </message>
    <message>
        <source>Referring Doctor</source>
        <translation>Médecin adresseur</translation>
    </message>
    <message>
        <source>Consulting Doctor</source>
        <translation>Médecin consultant</translation>
    </message>
    <message>
        <source>Hospital Service</source>
        <translation>Service hospitalier</translation>
    </message>
    <message>
        <source>Temporary Location</source>
        <translation>Emplacement temporaire</translation>
    </message>
    <message>
        <source>Preadmit Test Indicator</source>
        <translation>Indicateur d&apos;examens de préadmission</translation>
    </message>
    <message>
        <source>Re-admission Indicator</source>
        <translation>Indicateur de réadmission</translation>
    </message>
    <message>
        <source>Admit Source</source>
        <translation>Provenance de l&apos;admission</translation>
    </message>
    <message>
        <source>Admitting Doctor</source>
        <translation>Médecin ayant prononcé l&apos;admission</translation>
    </message>
    <message>
        <source>Patient Type</source>
        <translation>Type de patient</translation>
    </message>
    <message>
        <source>Visit Number</source>
        <translation>Numéro de venue</translation>
    </message>
    <message>
        <source>Financial Class</source>
        <translation>Catégorie financière</translation>
    </message>
    <message>
        <source>Charge Price Indicator</source>
        <translation>Indicateur de tarification</translation>
    </message>
    <message>
        <source>Courtesy Code</source>
        <translation>Code de courtoisie</translation>
    </message>
    <message>
        <source>Credit Rating</source>
        <translation>Cote de crédit</translation>
    </message>
    <message>
        <source>Contract Code</source>
        <translation>Code du contrat</translation>
    </message>
    <message>
        <source>Contract Effective Date</source>
        <translation>Date d&apos;effet du contrat</translation>
    </message>
    <message>
        <source>Contract Amount</source>
        <translation>Montant du contrat</translation>
    </message>
    <message>
        <source>Contract Period</source>
        <translation>Durée du contrat</translation>
    </message>
    <message>
        <source>Interest Code</source>
        <translation>Code d&apos;intérêts</translation>
    </message>
    <message>
        <source>Transfer to Bad Debt Code</source>
        <translation>Code de passage en créances irrécouvrables</translation>
    </message>
    <message>
        <source>Transfer to Bad Debt Date</source>
        <translation>Date de passage en créances irrécouvrables</translation>
    </message>
    <message>
        <source>Bad Debt Agency Code</source>
        <translation>Code de l&apos;agence de recouvrement</translation>
    </message>
    <message>
        <source>Bad Debt Transfer Amount</source>
        <translation>Montant passé en créances irrécouvrables</translation>
    </message>
    <message>
        <source>Bad Debt Recovery Amount</source>
        <translation>Montant recouvré sur créances irrécouvrables</translation>
    </message>
    <message>
        <source>Delete Account Indicator</source>
        <translation>Indicateur de suppression du compte</translation>
    </message>
    <message>
        <source>Delete Account Date</source>
        <translation>Date de suppression du compte</translation>
    </message>
    <message>
        <source>Discharge Disposition</source>
        <translation>Mode de sortie</translation>
    </message>
    <message>
        <source>Discharged to Location</source>
        <translation>Destination à la sortie</translation>
    </message>
    <message>
        <source>Diet Type</source>
        <translation>Type de régime</translation>
    </message>
    <message>
        <source>Servicing Facility</source>
        <translation>Établissement prestataire</translation>
    </message>
    <message>
        <source>Bed Status</source>
        <translation>Statut du lit</translation>
    </message>
    <message>
        <source>Account Status</source>
        <translation>Statut du compte</translation>
    </message>
    <message>
        <source>Pending Location</source>
        <translation>Emplacement en attente</translation>
    </message>
    <message>
        <source>Prior Temporary Location</source>
        <translation>Emplacement temporaire précédent</translation>
    </message>
    <message>
        <source>Admit Date/Time</source>
        <translation>Date/heure d&apos;admission</translation>
    </message>
    <message>
        <source>Discharge Date/Time</source>
        <translation>Date/heure de sortie</translation>
    </message>
    <message>
        <source>Current Patient Balance</source>
        <translation>Solde actuel du patient</translation>
    </message>
    <message>
        <source>Total Charges</source>
        <translation>Total des frais</translation>
    </message>
    <message>
        <source>Total Adjustments</source>
        <translation>Total des ajustements</translation>
    </message>
    <message>
        <source>Total Payments</source>
        <translation>Total des paiements</translation>
    </message>
    <message>
        <source>Alternate Visit ID</source>
        <translation>ID alternatif de la venue</translation>
    </message>
    <message>
        <source>Visit Indicator</source>
        <translation>Indicateur de venue</translation>
    </message>
    <message>
        <source>Other Healthcare Provider</source>
        <translation>Autre professionnel de santé</translation>
    </message>
    <message>
        <source>Prior Pending Location</source>
        <translation>Emplacement en attente précédent</translation>
    </message>
    <message>
        <source>Accommodation Code</source>
        <translation>Code d&apos;hébergement</translation>
    </message>
    <message>
        <source>Admit Reason</source>
        <translation>Motif d&apos;admission</translation>
    </message>
    <message>
        <source>Transfer Reason</source>
        <translation>Motif du transfert</translation>
    </message>
    <message>
        <source>Patient Valuables</source>
        <translation>Objets de valeur du patient</translation>
    </message>
    <message>
        <source>Patient Valuables Location</source>
        <translation>Emplacement des objets de valeur du patient</translation>
    </message>
    <message>
        <source>Visit User Code</source>
        <translation>Code utilisateur de la venue</translation>
    </message>
    <message>
        <source>Expected Admit Date/Time</source>
        <translation>Date/heure d&apos;admission prévue</translation>
    </message>
    <message>
        <source>Expected Discharge Date/Time</source>
        <translation>Date/heure de sortie prévue</translation>
    </message>
    <message>
        <source>Estimated Length of Inpatient Stay</source>
        <translation>Durée estimée du séjour hospitalier</translation>
    </message>
    <message>
        <source>Actual Length of Inpatient Stay</source>
        <translation>Durée réelle du séjour hospitalier</translation>
    </message>
    <message>
        <source>Visit Description</source>
        <translation>Description de la venue</translation>
    </message>
    <message>
        <source>Referral Source Code</source>
        <translation>Code de l&apos;origine de l&apos;orientation</translation>
    </message>
    <message>
        <source>Previous Service Date</source>
        <translation>Date de la prestation précédente</translation>
    </message>
    <message>
        <source>Employment Illness Related Indicator</source>
        <translation>Indicateur de maladie professionnelle</translation>
    </message>
    <message>
        <source>Purge Status Code</source>
        <translation>Code du statut de purge</translation>
    </message>
    <message>
        <source>Purge Status Date</source>
        <translation>Date du statut de purge</translation>
    </message>
    <message>
        <source>Special Program Code</source>
        <translation>Code de programme spécial</translation>
    </message>
    <message>
        <source>Retention Indicator</source>
        <translation>Indicateur de conservation</translation>
    </message>
    <message>
        <source>Expected Number of Insurance Plans</source>
        <translation>Nombre prévu de régimes d&apos;assurance</translation>
    </message>
    <message>
        <source>Visit Publicity Code</source>
        <translation>Code de diffusion de la venue</translation>
    </message>
    <message>
        <source>Visit Protection Indicator</source>
        <translation>Indicateur de protection de la venue</translation>
    </message>
    <message>
        <source>Clinic Organization Name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>Patient Status Code</source>
        <translation>Code du statut du patient</translation>
    </message>
    <message>
        <source>Visit Priority Code</source>
        <translation>Code de priorité de la venue</translation>
    </message>
    <message>
        <source>Previous Treatment Date</source>
        <translation>Date du traitement précédent</translation>
    </message>
    <message>
        <source>Expected Discharge Disposition</source>
        <translation>Mode de sortie prévu</translation>
    </message>
    <message>
        <source>Signature on File Date</source>
        <translation>Date de la signature au dossier</translation>
    </message>
    <message>
        <source>First Similar Illness Date</source>
        <translation>Date de la première maladie similaire</translation>
    </message>
    <message>
        <source>Patient Charge Adjustment Code</source>
        <translation>Code d&apos;ajustement des frais du patient</translation>
    </message>
    <message>
        <source>Recurring Service Code</source>
        <translation>Code de prestation récurrente</translation>
    </message>
    <message>
        <source>Billing Media Code</source>
        <translation>Code du support de facturation</translation>
    </message>
    <message>
        <source>Expected Surgery Date and Time</source>
        <translation>Date et heure prévues de l&apos;intervention chirurgicale</translation>
    </message>
    <message>
        <source>Military Partnership Code</source>
        <translation>Code de partenariat militaire</translation>
    </message>
    <message>
        <source>Military Non-Availability Code</source>
        <translation>Code de non-disponibilité militaire</translation>
    </message>
    <message>
        <source>Newborn Baby Indicator</source>
        <translation>Indicateur de nouveau-né</translation>
    </message>
    <message>
        <source>Baby Detained Indicator</source>
        <translation>Indicateur de bébé retenu</translation>
    </message>
    <message>
        <source>Mode of Arrival Code</source>
        <translation>Code du mode d&apos;arrivée</translation>
    </message>
    <message>
        <source>Recreational Drug Use Code</source>
        <translation>Code de consommation de drogues récréatives</translation>
    </message>
    <message>
        <source>Admission Level of Care Code</source>
        <translation>Code du niveau de soins à l&apos;admission</translation>
    </message>
    <message>
        <source>Precaution Code</source>
        <translation>Code de précaution</translation>
    </message>
    <message>
        <source>Patient Condition Code</source>
        <translation>Code de l&apos;état du patient</translation>
    </message>
    <message>
        <source>Patient Status Effective Date</source>
        <translation>Date d&apos;effet du statut du patient</translation>
    </message>
    <message>
        <source>Expected LOA Return Date/Time</source>
        <translation>Date/heure prévue de retour de permission (LOA)</translation>
    </message>
    <message>
        <source>Expected Pre-admission Testing Date/Time</source>
        <translation>Date/heure prévue des examens de préadmission</translation>
    </message>
    <message>
        <source>Notify Clergy Code</source>
        <translation>Code de notification de l&apos;aumônier</translation>
    </message>
    <message>
        <source>Query Tag</source>
        <translation>Étiquette de la requête</translation>
    </message>
    <message>
        <source>Query Response Status</source>
        <translation>Statut de la réponse à la requête</translation>
    </message>
    <message>
        <source>Message Query Name</source>
        <translation>Nom de la requête du message</translation>
    </message>
    <message>
        <source>Hit Count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>This Payload</source>
        <translation>Charge utile actuelle</translation>
    </message>
    <message>
        <source>Hits Remaining</source>
        <translation>Résultats restants</translation>
    </message>
    <message>
        <source>User Parameters (in successive fields)</source>
        <translation>Paramètres utilisateur (dans les champs successifs)</translation>
    </message>
    <message>
        <source>Query Date/Time</source>
        <translation>Date/heure de la requête</translation>
    </message>
    <message>
        <source>Query Format Code</source>
        <translation>Code du format de la requête</translation>
    </message>
    <message>
        <source>Query Priority</source>
        <translation>Priorité de la requête</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID de la requête</translation>
    </message>
    <message>
        <source>Deferred Response Type</source>
        <translation>Type de réponse différée</translation>
    </message>
    <message>
        <source>Deferred Response Date/Time</source>
        <translation>Date/heure de la réponse différée</translation>
    </message>
    <message>
        <source>Quantity Limited Request</source>
        <translation>Demande limitée en quantité</translation>
    </message>
    <message>
        <source>Who Subject Filter</source>
        <translation>Filtre sur le sujet (qui)</translation>
    </message>
    <message>
        <source>What Subject Filter</source>
        <translation>Filtre sur l&apos;objet (quoi)</translation>
    </message>
    <message>
        <source>What Department Data Code</source>
        <translation>Code de données du service (quoi)</translation>
    </message>
    <message>
        <source>What Data Code Value Qual.</source>
        <translation>Qualificatif de valeur du code de données (quoi)</translation>
    </message>
    <message>
        <source>Query Results Level</source>
        <translation>Niveau de détail des résultats de la requête</translation>
    </message>
    <message>
        <source>Where Subject Filter</source>
        <translation>Filtre sur le lieu (où)</translation>
    </message>
    <message>
        <source>When Data Start Date/Time</source>
        <translation>Date/heure de début des données (quand)</translation>
    </message>
    <message>
        <source>When Data End Date/Time</source>
        <translation>Date/heure de fin des données (quand)</translation>
    </message>
    <message>
        <source>What User Qualifier</source>
        <translation>Qualificatif utilisateur (quoi)</translation>
    </message>
    <message>
        <source>Other QRY Subject Filter</source>
        <translation>Autre filtre sur le sujet QRY</translation>
    </message>
    <message>
        <source>Which Date/Time Qualifier</source>
        <translation>Qualificatif de date/heure (lequel)</translation>
    </message>
    <message>
        <source>Which Date/Time Status Qualifier</source>
        <translation>Qualificatif de statut de date/heure (lequel)</translation>
    </message>
    <message>
        <source>Date/Time Selection Qualifier</source>
        <translation>Qualificatif de sélection de date/heure</translation>
    </message>
    <message>
        <source>When Quantity/Timing Qualifier</source>
        <translation>Qualificatif de quantité/planification (quand)</translation>
    </message>
    <message>
        <source>Search Confidence Threshold</source>
        <translation>Seuil de confiance de la recherche</translation>
    </message>
    <message>
        <source>Response Modality</source>
        <translation>Modalité de réponse</translation>
    </message>
    <message>
        <source>Execution and Delivery Time</source>
        <translation>Délai d&apos;exécution et de remise</translation>
    </message>
    <message>
        <source>Modify Indicator</source>
        <translation>Indicateur de modification</translation>
    </message>
    <message>
        <source>Sort-by Field</source>
        <translation>Champ de tri</translation>
    </message>
    <message>
        <source>Segment Group Inclusion</source>
        <translation>Inclusion de groupes de segments</translation>
    </message>
    <message>
        <source>External Accession Identifier</source>
        <translation>Identifiant d&apos;enregistrement externe</translation>
    </message>
    <message>
        <source>Accession Identifier</source>
        <translation>Identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Container Identifier</source>
        <translation>Identifiant du contenant</translation>
    </message>
    <message>
        <source>Primary (Parent) Container Identifier</source>
        <translation>Identifiant du contenant primaire (parent)</translation>
    </message>
    <message>
        <source>Equipment Container Identifier</source>
        <translation>Identifiant du contenant sur l&apos;équipement</translation>
    </message>
    <message>
        <source>Registration Date/Time</source>
        <translation>Date/heure d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Container Status</source>
        <translation>Statut du contenant</translation>
    </message>
    <message>
        <source>Carrier Type</source>
        <translation>Type de portoir</translation>
    </message>
    <message>
        <source>Carrier Identifier</source>
        <translation>Identifiant du portoir</translation>
    </message>
    <message>
        <source>Position in Carrier</source>
        <translation>Position dans le portoir</translation>
    </message>
    <message>
        <source>Tray Type - SAC</source>
        <translation>Type de plateau - SAC</translation>
    </message>
    <message>
        <source>Tray Identifier</source>
        <translation>Identifiant du plateau</translation>
    </message>
    <message>
        <source>Position in Tray</source>
        <translation>Position dans le plateau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Container Height</source>
        <translation>Hauteur du contenant</translation>
    </message>
    <message>
        <source>Container Diameter</source>
        <translation>Diamètre du contenant</translation>
    </message>
    <message>
        <source>Barrier Delta</source>
        <translation>Delta de la barrière</translation>
    </message>
    <message>
        <source>Bottom Delta</source>
        <translation>Delta du fond</translation>
    </message>
    <message>
        <source>Container Height/Diameter/Delta Units</source>
        <translation>Unités de hauteur/diamètre/delta du contenant</translation>
    </message>
    <message>
        <source>Container Volume</source>
        <translation>Volume du contenant</translation>
    </message>
    <message>
        <source>Available Specimen Volume</source>
        <translation>Volume d&apos;échantillon disponible</translation>
    </message>
    <message>
        <source>Initial Specimen Volume</source>
        <translation>Volume initial de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Volume Units</source>
        <translation>Unités de volume</translation>
    </message>
    <message>
        <source>Separator Type</source>
        <translation>Type de séparateur</translation>
    </message>
    <message>
        <source>Cap Type</source>
        <translation>Type de bouchon</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>Additif</translation>
    </message>
    <message>
        <source>Specimen Component</source>
        <translation>Composant de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Dilution Factor</source>
        <translation>Facteur de dilution</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Hemolysis Index</source>
        <translation>Indice d&apos;hémolyse</translation>
    </message>
    <message>
        <source>Hemolysis Index Units</source>
        <translation>Unités de l&apos;indice d&apos;hémolyse</translation>
    </message>
    <message>
        <source>Lipemia Index</source>
        <translation>Indice de lipémie</translation>
    </message>
    <message>
        <source>Lipemia Index Units</source>
        <translation>Unités de l&apos;indice de lipémie</translation>
    </message>
    <message>
        <source>Icterus Index</source>
        <translation>Indice d&apos;ictère</translation>
    </message>
    <message>
        <source>Icterus Index Units</source>
        <translation>Unités de l&apos;indice d&apos;ictère</translation>
    </message>
    <message>
        <source>Fibrin Index</source>
        <translation>Indice de fibrine</translation>
    </message>
    <message>
        <source>Fibrin Index Units</source>
        <translation>Unités de l&apos;indice de fibrine</translation>
    </message>
    <message>
        <source>System Induced Contaminants</source>
        <translation>Contaminants induits par le système</translation>
    </message>
    <message>
        <source>Drug Interference</source>
        <translation>Interférence médicamenteuse</translation>
    </message>
    <message>
        <source>Artificial Blood</source>
        <translation>Sang artificiel</translation>
    </message>
    <message>
        <source>Special Handling Code</source>
        <translation>Code de manipulation particulière</translation>
    </message>
    <message>
        <source>Other Environmental Factors</source>
        <translation>Autres facteurs environnementaux</translation>
    </message>
    <message>
        <source>Software Vendor Organization</source>
        <translation>Éditeur du logiciel</translation>
    </message>
    <message>
        <source>Software Certified Version or Release Number</source>
        <translation>Version certifiée ou numéro de publication du logiciel</translation>
    </message>
    <message>
        <source>Software Product Name</source>
        <translation>Nom du produit logiciel</translation>
    </message>
    <message>
        <source>Software Binary ID</source>
        <translation>ID binaire du logiciel</translation>
    </message>
    <message>
        <source>Software Product Information</source>
        <translation>Informations sur le produit logiciel</translation>
    </message>
    <message>
        <source>Software Install Date</source>
        <translation>Date d&apos;installation du logiciel</translation>
    </message>
    <message>
        <source>Application/Method Identifier</source>
        <translation>Identifiant de l&apos;application/méthode</translation>
    </message>
    <message>
        <source>Substance Lot Number</source>
        <translation>Numéro de lot de la substance</translation>
    </message>
    <message>
        <source>Substance Container Identifier</source>
        <translation>Identifiant du contenant de la substance</translation>
    </message>
    <message>
        <source>Substance Manufacturer Identifier</source>
        <translation>Identifiant du fabricant de la substance</translation>
    </message>
    <message>
        <source>Set ID - SPM</source>
        <translation>Numéro d&apos;ordre - SPM</translation>
    </message>
    <message>
        <source>Specimen ID</source>
        <translation>ID de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Parent IDs</source>
        <translation>ID parents de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Type</source>
        <translation>Type d&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Type Modifier</source>
        <translation>Modificateur du type d&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Additives</source>
        <translation>Additifs de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Collection Method</source>
        <translation>Méthode de prélèvement de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Source Site</source>
        <translation>Site d&apos;origine de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Source Site Modifier</source>
        <translation>Modificateur du site d&apos;origine de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Collection Site</source>
        <translation>Site de prélèvement de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Role</source>
        <translation>Rôle de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Collection Amount</source>
        <translation>Quantité prélevée</translation>
    </message>
    <message>
        <source>Grouped Specimen Count</source>
        <translation>Nombre d&apos;échantillons groupés</translation>
    </message>
    <message>
        <source>Specimen Description</source>
        <translation>Description de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Handling Code</source>
        <translation>Code de manipulation de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Risk Code</source>
        <translation>Code de risque de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Collection Date/Time</source>
        <translation>Date/heure de prélèvement de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Expiration Date/Time</source>
        <translation>Date/heure d&apos;expiration de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Availability</source>
        <translation>Disponibilité de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Reject Reason</source>
        <translation>Motif de rejet de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Quality</source>
        <translation>Qualité de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Appropriateness</source>
        <translation>Conformité de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Condition</source>
        <translation>État de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Specimen Current Quantity</source>
        <translation>Quantité actuelle de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Number of Specimen Containers</source>
        <translation>Nombre de contenants de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Container Type</source>
        <translation>Type de contenant</translation>
    </message>
    <message>
        <source>Container Condition</source>
        <translation>État du contenant</translation>
    </message>
    <message>
        <source>Specimen Child Role</source>
        <translation>Rôle de l&apos;échantillon enfant</translation>
    </message>
    <message>
        <source>Auto-Dilution Factor</source>
        <translation>Facteur d&apos;autodilution</translation>
    </message>
    <message>
        <source>Rerun Dilution Factor</source>
        <translation>Facteur de dilution de la réanalyse</translation>
    </message>
    <message>
        <source>Pre-Dilution Factor</source>
        <translation>Facteur de prédilution</translation>
    </message>
    <message>
        <source>Endogenous Content of Pre-Dilution Diluent</source>
        <translation>Teneur endogène du diluant de prédilution</translation>
    </message>
    <message>
        <source>Automatic Repeat Allowed</source>
        <translation>Répétition automatique autorisée</translation>
    </message>
    <message>
        <source>Reflex Allowed</source>
        <translation>Test réflexe autorisé</translation>
    </message>
    <message>
        <source>Analyte Repeat Status</source>
        <translation>Statut de répétition de l&apos;analyte</translation>
    </message>
    <message>
        <source>Set ID - TQ1</source>
        <translation>Numéro d&apos;ordre - TQ1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Repeat Pattern</source>
        <translation>Schéma de répétition</translation>
    </message>
    <message>
        <source>Explicit Time</source>
        <translation>Heure explicite</translation>
    </message>
    <message>
        <source>Relative Time and Units</source>
        <translation>Temps relatif et unités</translation>
    </message>
    <message>
        <source>Service Duration</source>
        <translation>Durée de la prestation</translation>
    </message>
    <message>
        <source>Start Date/Time</source>
        <translation>Date/heure de début</translation>
    </message>
    <message>
        <source>End Date/Time</source>
        <translation>Date/heure de fin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Condition Text</source>
        <translation>Texte de la condition</translation>
    </message>
    <message>
        <source>Text Instruction</source>
        <translation>Instruction textuelle</translation>
    </message>
    <message>
        <source>Conjunction</source>
        <translation>Conjonction</translation>
    </message>
    <message>
        <source>Occurrence Duration</source>
        <translation>Durée de l&apos;occurrence</translation>
    </message>
    <message>
        <source>Total Occurrences</source>
        <translation>Nombre total d&apos;occurrences</translation>
    </message>
    <message>
        <source>Patient Allergy Information</source>
        <translation>Informations sur les allergies du patient</translation>
    </message>
    <message>
        <source>Batch Header</source>
        <translation>En-tête de lot</translation>
    </message>
    <message>
        <source>Batch Trailer</source>
        <translation>Fin de lot</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Equipment Command</source>
        <translation>Commande d&apos;équipement</translation>
    </message>
    <message>
        <source>Equipment Command Response</source>
        <translation>Réponse à une commande d&apos;équipement</translation>
    </message>
    <message>
        <source>Equipment Detail</source>
        <translation>Détail de l&apos;équipement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>File Header</source>
        <translation>En-tête de fichier</translation>
    </message>
    <message>
        <source>File Trailer</source>
        <translation>Fin de fichier</translation>
    </message>
    <message>
        <source>Message Acknowledgment</source>
        <translation>Acquittement de message</translation>
    </message>
    <message>
        <source>Message Header</source>
        <translation>En-tête de message</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties</source>
        <translation>Proches / parties associées</translation>
    </message>
    <message>
        <source>Notes and Comments</source>
        <translation>Notes et commentaires</translation>
    </message>
    <message>
        <source>Observation Request</source>
        <translation>Demande d&apos;observation</translation>
    </message>
    <message>
        <source>Observation/Result</source>
        <translation>Observation/résultat</translation>
    </message>
    <message>
        <source>Common Order</source>
        <translation>Commande commune</translation>
    </message>
    <message>
        <source>Patient Additional Demographic</source>
        <translation>Données démographiques complémentaires du patient</translation>
    </message>
    <message>
        <source>Patient Identification</source>
        <translation>Identification du patient</translation>
    </message>
    <message>
        <source>Patient Visit</source>
        <translation>Venue du patient</translation>
    </message>
    <message>
        <source>Patient Visit - Additional Information</source>
        <translation>Venue du patient - informations complémentaires</translation>
    </message>
    <message>
        <source>Query Acknowledgment</source>
        <translation>Acquittement de requête</translation>
    </message>
    <message>
        <source>Query Parameter Definition</source>
        <translation>Définition des paramètres de requête</translation>
    </message>
    <message>
        <source>Original-Style Query Definition</source>
        <translation>Définition de requête (ancien style)</translation>
    </message>
    <message>
        <source>Original-Style Query Filter</source>
        <translation>Filtre de requête (ancien style)</translation>
    </message>
    <message>
        <source>Response Control Parameter</source>
        <translation>Paramètre de contrôle de la réponse</translation>
    </message>
    <message>
        <source>Specimen Container Detail</source>
        <translation>Détail du contenant d&apos;échantillon</translation>
    </message>
    <message>
        <source>Software Segment</source>
        <translation>Segment logiciel</translation>
    </message>
    <message>
        <source>Substance Identifier</source>
        <translation>Identifiant de substance</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Test Code Detail</source>
        <translation>Détail du code de test</translation>
    </message>
    <message>
        <source>Timing/Quantity</source>
        <translation>Planification/quantité</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Name of Coding System</source>
        <translation>Nom du système de codage</translation>
    </message>
    <message>
        <source>Alternate Identifier</source>
        <translation>Identifiant alternatif</translation>
    </message>
    <message>
        <source>Alternate Text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Name of Alternate Coding System</source>
        <translation>Nom du système de codage alternatif</translation>
    </message>
    <message>
        <source>Coding System Version ID</source>
        <translation>ID de version du système de codage</translation>
    </message>
    <message>
        <source>Alternate Coding System Version ID</source>
        <translation>ID de version du système de codage alternatif</translation>
    </message>
    <message>
        <source>Original Text</source>
        <translation>Texte d&apos;origine</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>Numéro d&apos;identification</translation>
    </message>
    <message>
        <source>Family Name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given Name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Second and Further Given Names or Initials Thereof</source>
        <translation>Autres prénoms ou leurs initiales</translation>
    </message>
    <message>
        <source>Suffix (e.g., JR or III)</source>
        <translation>Suffixe (p. ex. JR ou III)</translation>
    </message>
    <message>
        <source>Prefix (e.g., DR)</source>
        <translation>Préfixe (p. ex. DR)</translation>
    </message>
    <message>
        <source>Degree (e.g., MD)</source>
        <translation>Diplôme (p. ex. MD)</translation>
    </message>
    <message>
        <source>Source Table</source>
        <translation>Table source</translation>
    </message>
    <message>
        <source>Assigning Authority - Namespace ID</source>
        <translation>Autorité d&apos;affectation - ID d&apos;espace de noms</translation>
    </message>
    <message>
        <source>Assigning Authority - Universal ID</source>
        <translation>Autorité d&apos;affectation - ID universel</translation>
    </message>
    <message>
        <source>Assigning Authority - Universal ID Type</source>
        <translation>Autorité d&apos;affectation - type d&apos;ID universel</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Price Type</source>
        <translation>Type de prix</translation>
    </message>
    <message>
        <source>From Value</source>
        <translation>Valeur de début</translation>
    </message>
    <message>
        <source>To Value</source>
        <translation>Valeur de fin</translation>
    </message>
    <message>
        <source>Range Units</source>
        <translation>Unités de l&apos;intervalle</translation>
    </message>
    <message>
        <source>Range Type</source>
        <translation>Type d&apos;intervalle</translation>
    </message>
    <message>
        <source>Check Digit</source>
        <translation>Chiffre de contrôle</translation>
    </message>
    <message>
        <source>Check Digit Scheme</source>
        <translation>Algorithme du chiffre de contrôle</translation>
    </message>
    <message>
        <source>Assigning Authority</source>
        <translation>Autorité d&apos;affectation</translation>
    </message>
    <message>
        <source>Identifier Type Code</source>
        <translation>Code du type d&apos;identifiant</translation>
    </message>
    <message>
        <source>Assigning Facility</source>
        <translation>Établissement d&apos;affectation</translation>
    </message>
    <message>
        <source>Effective Date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Expiration Date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Assigning Jurisdiction</source>
        <translation>Juridiction d&apos;affectation</translation>
    </message>
    <message>
        <source>Assigning Agency or Department</source>
        <translation>Organisme ou service d&apos;affectation</translation>
    </message>
    <message>
        <source>Discharge Location</source>
        <translation>Lieu de sortie</translation>
    </message>
    <message>
        <source>License Number</source>
        <translation>Numéro de licence</translation>
    </message>
    <message>
        <source>Issuing State, Province, Country</source>
        <translation>État, province ou pays de délivrance</translation>
    </message>
    <message>
        <source>Range Start Date/Time</source>
        <translation>Date/heure de début de la plage</translation>
    </message>
    <message>
        <source>Range End Date/Time</source>
        <translation>Date/heure de fin de la plage</translation>
    </message>
    <message>
        <source>Source Application</source>
        <translation>Application source</translation>
    </message>
    <message>
        <source>Type of Data</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <source>Data Subtype</source>
        <translation>Sous-type de données</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Entity Identifier</source>
        <translation>Identifiant de l&apos;entité</translation>
    </message>
    <message>
        <source>Namespace ID</source>
        <translation>ID d&apos;espace de noms</translation>
    </message>
    <message>
        <source>Universal ID</source>
        <translation>ID universel</translation>
    </message>
    <message>
        <source>Universal ID Type</source>
        <translation>Type d&apos;ID universel</translation>
    </message>
    <message>
        <source>Placer Assigned Identifier</source>
        <translation>Identifiant attribué par le demandeur</translation>
    </message>
    <message>
        <source>Filler Assigned Identifier</source>
        <translation>Identifiant attribué par l&apos;exécutant</translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation>ID du segment</translation>
    </message>
    <message>
        <source>Segment Sequence</source>
        <translation>Séquence du segment</translation>
    </message>
    <message>
        <source>Field Position</source>
        <translation>Position du champ</translation>
    </message>
    <message>
        <source>Code Identifying Error</source>
        <translation>Code identifiant l&apos;erreur</translation>
    </message>
    <message>
        <source>Field Repetition</source>
        <translation>Répétition du champ</translation>
    </message>
    <message>
        <source>Component Number</source>
        <translation>Numéro du composant</translation>
    </message>
    <message>
        <source>Sub-Component Number</source>
        <translation>Numéro du sous-composant</translation>
    </message>
    <message>
        <source>Financial Class Code</source>
        <translation>Code de la catégorie financière</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Own Surname Prefix</source>
        <translation>Préfixe du nom personnel</translation>
    </message>
    <message>
        <source>Own Surname</source>
        <translation>Nom personnel</translation>
    </message>
    <message>
        <source>Surname Prefix from Partner/Spouse</source>
        <translation>Préfixe du nom du partenaire/conjoint</translation>
    </message>
    <message>
        <source>Surname from Partner/Spouse</source>
        <translation>Nom du partenaire/conjoint</translation>
    </message>
    <message>
        <source>Job Code</source>
        <translation>Code d&apos;emploi</translation>
    </message>
    <message>
        <source>Job Class</source>
        <translation>Catégorie d&apos;emploi</translation>
    </message>
    <message>
        <source>Job Description Text</source>
        <translation>Description de l&apos;emploi</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Monetary Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Charge Code</source>
        <translation>Code de frais</translation>
    </message>
    <message>
        <source>Message Code</source>
        <translation>Code du message</translation>
    </message>
    <message>
        <source>Trigger Event</source>
        <translation>Événement déclencheur</translation>
    </message>
    <message>
        <source>Message Structure</source>
        <translation>Structure du message</translation>
    </message>
    <message>
        <source>Value1</source>
        <translation>Valeur1</translation>
    </message>
    <message>
        <source>Value2</source>
        <translation>Valeur2</translation>
    </message>
    <message>
        <source>Value3</source>
        <translation>Valeur3</translation>
    </message>
    <message>
        <source>Value4</source>
        <translation>Valeur4</translation>
    </message>
    <message>
        <source>Point of Care</source>
        <translation>Unité de soins</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Location Status</source>
        <translation>Statut de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Patient Location Type</source>
        <translation>Type d&apos;emplacement du patient</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Sequence/Results Flag</source>
        <translation>Indicateur séquence/résultats</translation>
    </message>
    <message>
        <source>Placer Order Number: Entity Identifier</source>
        <translation>Numéro de commande du demandeur&#xa0;: identifiant de l&apos;entité</translation>
    </message>
    <message>
        <source>Placer Order Number: Namespace ID</source>
        <translation>Numéro de commande du demandeur&#xa0;: ID d&apos;espace de noms</translation>
    </message>
    <message>
        <source>Filler Order Number: Entity Identifier</source>
        <translation>Numéro de commande de l&apos;exécutant&#xa0;: identifiant de l&apos;entité</translation>
    </message>
    <message>
        <source>Filler Order Number: Namespace ID</source>
        <translation>Numéro de commande de l&apos;exécutant&#xa0;: ID d&apos;espace de noms</translation>
    </message>
    <message>
        <source>Sequence Condition Value</source>
        <translation>Valeur de la condition de séquence</translation>
    </message>
    <message>
        <source>Maximum Number of Repeats</source>
        <translation>Nombre maximal de répétitions</translation>
    </message>
    <message>
        <source>Placer Order Number: Universal ID</source>
        <translation>Numéro de commande du demandeur&#xa0;: ID universel</translation>
    </message>
    <message>
        <source>Placer Order Number: Universal ID Type</source>
        <translation>Numéro de commande du demandeur&#xa0;: type d&apos;ID universel</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID</source>
        <translation>Numéro de commande de l&apos;exécutant&#xa0;: ID universel</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID Type</source>
        <translation>Numéro de commande de l&apos;exécutant&#xa0;: type d&apos;ID universel</translation>
    </message>
    <message>
        <source>Person Location Type</source>
        <translation>Type d&apos;emplacement de la personne</translation>
    </message>
    <message>
        <source>Location Description</source>
        <translation>Description de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Comprehensive Location Identifier</source>
        <translation>Identifiant complet de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Assigning Authority for Location</source>
        <translation>Autorité d&apos;affectation de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Parent Observation Identifier</source>
        <translation>Identifiant de l&apos;observation parente</translation>
    </message>
    <message>
        <source>Parent Observation Sub-identifier</source>
        <translation>Sous-identifiant de l&apos;observation parente</translation>
    </message>
    <message>
        <source>Parent Observation Value Descriptor</source>
        <translation>Descripteur de valeur de l&apos;observation parente</translation>
    </message>
    <message>
        <source>Processing Mode</source>
        <translation>Mode de traitement</translation>
    </message>
    <message>
        <source>Explicit Time Interval</source>
        <translation>Intervalle de temps explicite</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Pointeur</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID de l&apos;application</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Repeat Pattern Code</source>
        <translation>Code du schéma de répétition</translation>
    </message>
    <message>
        <source>Calendar Alignment</source>
        <translation>Alignement calendaire</translation>
    </message>
    <message>
        <source>Phase Range Begin Value</source>
        <translation>Valeur de début de la plage de phase</translation>
    </message>
    <message>
        <source>Phase Range End Value</source>
        <translation>Valeur de fin de la plage de phase</translation>
    </message>
    <message>
        <source>Period Quantity</source>
        <translation>Quantité de la période</translation>
    </message>
    <message>
        <source>Period Units</source>
        <translation>Unités de la période</translation>
    </message>
    <message>
        <source>Institution Specified Time</source>
        <translation>Heure définie par l&apos;établissement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event Offset Quantity</source>
        <translation>Quantité de décalage de l&apos;événement</translation>
    </message>
    <message>
        <source>Event Offset Units</source>
        <translation>Unités de décalage de l&apos;événement</translation>
    </message>
    <message>
        <source>General Timing Specification</source>
        <translation>Spécification générale de planification</translation>
    </message>
    <message>
        <source>Street or Mailing Address</source>
        <translation>Rue ou adresse postale</translation>
    </message>
    <message>
        <source>Street Name</source>
        <translation>Nom de la rue</translation>
    </message>
    <message>
        <source>Dwelling Number</source>
        <translation>Numéro de l&apos;habitation</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparateur</translation>
    </message>
    <message>
        <source>Num1</source>
        <translation>Num1</translation>
    </message>
    <message>
        <source>Separator/Suffix</source>
        <translation>Séparateur/suffixe</translation>
    </message>
    <message>
        <source>Num2</source>
        <translation>Num2</translation>
    </message>
    <message>
        <source>Specimen Source Name or Code</source>
        <translation>Nom ou code de l&apos;origine de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Additives</source>
        <translation>Additifs</translation>
    </message>
    <message>
        <source>Body Site</source>
        <translation>Site anatomique</translation>
    </message>
    <message>
        <source>Site Modifier</source>
        <translation>Modificateur du site</translation>
    </message>
    <message>
        <source>Collection Method Modifier Code</source>
        <translation>Code modificateur de la méthode de prélèvement</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Séquencement</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Order Sequencing</source>
        <translation>Séquencement de la commande</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Degree of Precision</source>
        <translation>Degré de précision</translation>
    </message>
    <message>
        <source>Internationalization Code</source>
        <translation>Code d&apos;internationalisation</translation>
    </message>
    <message>
        <source>International Version ID</source>
        <translation>ID de version internationale</translation>
    </message>
    <message>
        <source>First Data Code Value</source>
        <translation>Première valeur de code de données</translation>
    </message>
    <message>
        <source>Last Data Code Value</source>
        <translation>Dernière valeur de code de données</translation>
    </message>
    <message>
        <source>Street Address</source>
        <translation>Adresse (rue)</translation>
    </message>
    <message>
        <source>Other Designation</source>
        <translation>Autre désignation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or Province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Zip or Postal Code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address Type</source>
        <translation>Type d&apos;adresse</translation>
    </message>
    <message>
        <source>Other Geographic Designation</source>
        <translation>Autre désignation géographique</translation>
    </message>
    <message>
        <source>County/Parish Code</source>
        <translation>Code du comté/de la paroisse</translation>
    </message>
    <message>
        <source>Census Tract</source>
        <translation>Secteur de recensement</translation>
    </message>
    <message>
        <source>Address Representation Code</source>
        <translation>Code de représentation de l&apos;adresse</translation>
    </message>
    <message>
        <source>Address Validity Range</source>
        <translation>Période de validité de l&apos;adresse</translation>
    </message>
    <message>
        <source>Name Type Code</source>
        <translation>Code du type de nom</translation>
    </message>
    <message>
        <source>Identifier Check Digit</source>
        <translation>Chiffre de contrôle de l&apos;identifiant</translation>
    </message>
    <message>
        <source>Name Representation Code</source>
        <translation>Code de représentation du nom</translation>
    </message>
    <message>
        <source>Name Context</source>
        <translation>Contexte du nom</translation>
    </message>
    <message>
        <source>Name Validity Range</source>
        <translation>Période de validité du nom</translation>
    </message>
    <message>
        <source>Name Assembly Order</source>
        <translation>Ordre d&apos;assemblage du nom</translation>
    </message>
    <message>
        <source>Professional Suffix</source>
        <translation>Suffixe professionnel</translation>
    </message>
    <message>
        <source>Organization Name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organization Name Type Code</source>
        <translation>Code du type de nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organization Identifier</source>
        <translation>Identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>Telephone Number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Telecommunication Use Code</source>
        <translation>Code d&apos;usage des télécommunications</translation>
    </message>
    <message>
        <source>Telecommunication Equipment Type</source>
        <translation>Type d&apos;équipement de télécommunication</translation>
    </message>
    <message>
        <source>Email Address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Area/City Code</source>
        <translation>Indicatif régional</translation>
    </message>
    <message>
        <source>Local Number</source>
        <translation>Numéro local</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Any Text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Extension Prefix</source>
        <translation>Préfixe du poste</translation>
    </message>
    <message>
        <source>Speed Dial Code</source>
        <translation>Code de numérotation rapide</translation>
    </message>
    <message>
        <source>Unformatted Telephone Number</source>
        <translation>Numéro de téléphone non formaté</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>at byte %1: %2</source>
        <translation>à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>fin inattendue des données</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>nom de membre attendu</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>séquence d&apos;échappement \u non valide</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d&apos;échappement non valide</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>littéral non valide</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation>données parasites après le document</translation>
    </message>
</context>
<context>
    <name>LiveCapture</name>
    <message>
        <source>cannot capture on %1: %2</source>
        <translation>impossible de capturer sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HL7 Capture may not capture on %1 without the capture privilege; give it CAP_NET_RAW, or record through the proxy instead (hl7capture-cli proxy).</source>
        <translation>HL7 Capture ne peut pas capturer sur %1 sans le privilège de capture&#xa0;; accordez-lui CAP_NET_RAW, ou enregistrez plutôt via le proxy (hl7capture-cli proxy).</translation>
    </message>
    <message>
        <source>there is no network interface %1</source>
        <translation>l&apos;interface réseau %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the capture filter &quot;%1&quot; is not valid: %2</source>
        <translation>le filtre de capture «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot apply the capture filter &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;appliquer le filtre de capture «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>capture on %1 stopped: %2</source>
        <translation>capture sur %1 arrêtée&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot list the network interfaces: %1</source>
        <translation>impossible de lister les interfaces réseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>impossible d&apos;ouvrir le fichier journal %1&#xa0;: %2</translation>
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
        <translation>État du stockage des sessions</translation>
    </message>
    <message>
        <source>Opening the session store…</source>
        <translation>Ouverture du stockage des sessions…</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session store could not be opened:
%1</source>
        <translation>Impossible d&apos;ouvrir le stockage des sessions&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Session %1 could not be written; it is kept in memory and tried again: %2</source>
        <translation>La session %1 n&apos;a pas pu être écrite&#xa0;; elle est conservée en mémoire et l&apos;écriture sera retentée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Session non supprimée</translation>
    </message>
    <message>
        <source>Session %1 could not be deleted:
%2</source>
        <translation>La session %1 n&apos;a pas pu être supprimée&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>The sessions of %1 could not be imported:
%2</source>
        <translation>Les sessions de %1 n&apos;ont pas pu être importées&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Imported %1 sessions, %2 already here, %3 unreadable (moved to quarantine)</source>
        <translation>Sessions importées&#xa0;: %1, déjà présentes&#xa0;: %2, illisibles&#xa0;: %3 (placées en quarantaine)</translation>
    </message>
    <message>
        <source>Retention cleanup failed: %1</source>
        <translation>Échec du nettoyage de conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Last result: %1 submitted</source>
        <translation>Dernier résultat&#xa0;: session %1 envoyée</translation>
    </message>
    <message>
        <source>Last result: %1 failed: %2</source>
        <translation>Dernier résultat&#xa0;: échec de la session %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>Session %1 was not accepted: %2</source>
        <translation>La session %1 n&apos;a pas été acceptée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Submission: not configured</source>
        <translation>Envoi&#xa0;: non configuré</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation>État de l&apos;envoi</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>État de la capture</translation>
    </message>
    <message>
        <source>Submission: off (no collector set)</source>
        <translation>Envoi&#xa0;: désactivé (aucun collecteur défini)</translation>
    </message>
    <message>
        <source>Submission: idle</source>
        <translation>Envoi&#xa0;: inactif</translation>
    </message>
    <message>
        <source>Submission: %1 in flight, %2 queued</source>
        <translation>Envoi&#xa0;: %1 en cours, %2 en file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s) moved to quarantine</source>
        <translation>
            <numerusform>%n fichier illisible placé en quarantaine</numerusform>
            <numerusform>%n fichiers illisibles placés en quarantaine</numerusform>
        </translation>
    </message>
    <message>
        <source>The session store could not be opened</source>
        <translation>Le stockage des sessions n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Stockage des sessions</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Aucune session pour l&apos;instant</translation>
    </message>
    <message>
        <source>There are no sessions in this data folder yet. Open the bundled sample capture (one MLLP and one ASTM exchange) to see how sessions look?</source>
        <translation>Ce dossier de données ne contient encore aucune session. Ouvrir la capture d&apos;exemple fournie (un échange MLLP et un échange ASTM) pour voir à quoi ressemblent les sessions&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Sessions from Folder…</source>
        <translation>&amp;Importer des sessions depuis un dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Submit &amp;Pending Now</source>
        <translation>&amp;Envoyer maintenant les sessions en attente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Run Retention &amp;Cleanup Now</source>
        <translation>Lancer maintenant le &amp;nettoyage de conservation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll to New Sessions</source>
        <translation>&amp;Défilement automatique vers les nouvelles sessions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>Capture toolbar</source>
        <translation>Barre d&apos;outils de capture</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open &amp;Logs Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About HL7 Capture</source>
        <translation>À &amp;propos de HL7 Capture</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be submitted again</source>
        <translation>
            <numerusform>%n session sera renvoyée</numerusform>
            <numerusform>%n sessions seront renvoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will not be submitted</source>
        <translation>
            <numerusform>%n session ne sera pas envoyée</numerusform>
            <numerusform>%n sessions ne seront pas envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Supprimer des sessions</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)? They move to the trash in the data folder and are purged by the retention cleanup after 7 days.</source>
        <translation>
            <numerusform>Supprimer %n session&#xa0;? Elle sera déplacée dans la corbeille du dossier de données, puis purgée par le nettoyage de conservation au bout de 7 jours.</numerusform>
            <numerusform>Supprimer %n sessions&#xa0;? Elles seront déplacées dans la corbeille du dossier de données, puis purgées par le nettoyage de conservation au bout de 7 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Retention cleanup started</source>
        <translation>Nettoyage de conservation lancé</translation>
    </message>
    <message>
        <source>Import Sessions from Folder</source>
        <translation>Importer des sessions depuis un dossier</translation>
    </message>
    <message>
        <source>Importing the sessions of %1…</source>
        <translation>Importation des sessions de %1…</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>No file manager could open %1</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>About HL7 Capture</source>
        <translation>À propos de HL7 Capture</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HL7 Capture %1&lt;/h3&gt;&lt;p&gt;Records the HL7 traffic between lab analyzers and the LIS, keeps every session on disk and submits it to the central collector.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HL7 Capture %1&lt;/h3&gt;&lt;p&gt;Enregistre le trafic HL7 entre les analyseurs de laboratoire et le SIL, conserve chaque session sur le disque et l&apos;envoie au collecteur central.&lt;/p&gt;&lt;p&gt;Dossier de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>last: submitted at %1</source>
        <translation>dernier : envoyé à %1</translation>
    </message>
    <message>
        <source>last: failed at %1</source>
        <translation>dernier : échoué à %1</translation>
    </message>
    <message>
        <source>last: will retry</source>
        <translation>dernier : nouvel essai prévu</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Hide &amp;empty fields</source>
        <translation>Masquer les champs &amp;vides</translation>
    </message>
    <message>
        <source>Hide empty fields</source>
        <translation>Masquer les champs vides</translation>
    </message>
    <message>
        <source>Leave out the fields of the message that hold nothing</source>
        <translation>Omettre les champs du message qui ne contiennent rien</translation>
    </message>
    <message>
        <source>Message tree</source>
        <translation>Arborescence du message</translation>
    </message>
    <message>
        <source>Element bytes</source>
        <translation>Octets de l&apos;élément</translation>
    </message>
    <message>
        <source>Element note</source>
        <translation>Remarque sur l&apos;élément</translation>
    </message>
    <message>
        <source>Selected bytes</source>
        <translation>Octets sélectionnés</translation>
    </message>
    <message>
        <source>Message tree and bytes</source>
        <translation>Arborescence et octets du message</translation>
    </message>
    <message>
        <source>Message view</source>
        <translation>Vue du message</translation>
    </message>
    <message>
        <source>This element holds no bytes.</source>
        <translation>Cet élément ne contient aucun octet.</translation>
    </message>
    <message>
        <source>This element holds no HL7 message, only the handshake bytes below.</source>
        <translation>Cet élément ne contient aucun message HL7, seulement les octets de négociation ci-dessous.</translation>
    </message>
    <message>
        <source>Select an element to see its message and bytes.</source>
        <translation>Sélectionnez un élément pour afficher son message et ses octets.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message numerus="yes">
        <source>bytes %1–%2 (%n selected)</source>
        <translation>
            <numerusform>octets %1–%2 (%n sélectionné)</numerusform>
            <numerusform>octets %1–%2 (%n sélectionnés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MllpDecoder</name>
    <message>
        <source>block cut off by a new start block (VT) before its FS CR</source>
        <translation>bloc interrompu par un nouveau début de bloc (VT) avant son FS CR</translation>
    </message>
    <message>
        <source>end block FS not followed by CR</source>
        <translation>fin de bloc FS non suivie de CR</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>Ethernet header</source>
        <translation>en-tête Ethernet</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>en-tête Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked v2 header</source>
        <translation>en-tête Linux cooked v2</translation>
    </message>
    <message>
        <source>link type %1 is not supported</source>
        <translation>le type de liaison %1 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>frame truncated in the %1: %2 of %3 bytes</source>
        <translation>trame tronquée (%1)&#xa0;: %2 octets sur %3</translation>
    </message>
    <message>
        <source>VLAN tag</source>
        <translation>balise VLAN</translation>
    </message>
    <message>
        <source>loopback header</source>
        <translation>en-tête loopback</translation>
    </message>
    <message>
        <source>IP header</source>
        <translation>en-tête IP</translation>
    </message>
    <message>
        <source>raw IP frame with IP version %1</source>
        <translation>trame IP brute avec la version IP %1</translation>
    </message>
    <message>
        <source>IPv4 header</source>
        <translation>en-tête IPv4</translation>
    </message>
    <message>
        <source>IPv4 packet with IP version %1</source>
        <translation>paquet IPv4 avec la version IP %1</translation>
    </message>
    <message>
        <source>IPv4 header length %1 is below the minimum of %2 bytes</source>
        <translation>la longueur d&apos;en-tête IPv4 %1 est inférieure au minimum de %2 octets</translation>
    </message>
    <message>
        <source>IPv4 total length %1 is smaller than its header length %2</source>
        <translation>la longueur totale IPv4 %1 est inférieure à sa longueur d&apos;en-tête %2</translation>
    </message>
    <message>
        <source>IPv4 packet</source>
        <translation>paquet IPv4</translation>
    </message>
    <message>
        <source>IPv4 fragment at offset %1 skipped: fragments are not reassembled</source>
        <translation>fragment IPv4 au décalage %1 ignoré&#xa0;: les fragments ne sont pas réassemblés</translation>
    </message>
    <message>
        <source>first IPv4 fragment: the rest of the TCP segment is in fragments, which are not reassembled</source>
        <translation>premier fragment IPv4&#xa0;: le reste du segment TCP se trouve dans des fragments, qui ne sont pas réassemblés</translation>
    </message>
    <message>
        <source>IPv6 header</source>
        <translation>en-tête IPv6</translation>
    </message>
    <message>
        <source>IPv6 packet with IP version %1</source>
        <translation>paquet IPv6 avec la version IP %1</translation>
    </message>
    <message>
        <source>IPv6 packet</source>
        <translation>paquet IPv6</translation>
    </message>
    <message>
        <source>first IPv6 fragment: the rest of the TCP segment is in fragments, which are not reassembled</source>
        <translation>premier fragment IPv6&#xa0;: le reste du segment TCP se trouve dans des fragments, qui ne sont pas réassemblés</translation>
    </message>
    <message>
        <source>IPv6 extension header %1</source>
        <translation>en-tête d&apos;extension IPv6 %1</translation>
    </message>
    <message>
        <source>IPv6 fragment at offset %1 skipped: fragments are not reassembled</source>
        <translation>fragment IPv6 au décalage %1 ignoré&#xa0;: les fragments ne sont pas réassemblés</translation>
    </message>
    <message>
        <source>IPv6 extension header %1 cannot be walked; packet skipped</source>
        <translation>impossible de parcourir l&apos;en-tête d&apos;extension IPv6 %1&#xa0;; paquet ignoré</translation>
    </message>
    <message>
        <source>TCP header</source>
        <translation>en-tête TCP</translation>
    </message>
    <message>
        <source>TCP data offset %1 is below the minimum of %2 bytes</source>
        <translation>le décalage des données TCP %1 est inférieur au minimum de %2 octets</translation>
    </message>
</context>
<context>
    <name>PcapFile</name>
    <message>
        <source>cannot read the capture file %1: %2</source>
        <translation>impossible de lire le fichier de capture %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 frames: %3</source>
        <translation>%1 est endommagé après %2 trames&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecordingProxy</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot reach the LIS at %1:%2: %3</source>
        <translation>impossible de joindre le SIL à l&apos;adresse %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RetentionCleanup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot purge %1: %2</source>
        <translation>impossible de purger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to purge</source>
        <translation>%1 est imbriqué trop profondément pour être purgé</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open the trash %1: %2</source>
        <translation>impossible d&apos;ouvrir la corbeille %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the session store at %1 is not open</source>
        <translation>le stockage des sessions dans %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>the session store at %1 is open read-only</source>
        <translation>le stockage des sessions dans %1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>il n&apos;y a pas de session %1 dans %2</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the search index %1 is damaged</source>
        <translation>l&apos;index de recherche %1 est endommagé</translation>
    </message>
    <message>
        <source>the search index %1 is of another version</source>
        <translation>l&apos;index de recherche %1 provient d&apos;une autre version</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>the quote in %1 is not closed</source>
        <translation>le guillemet dans %1 n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>%1: a field path cannot be quoted</source>
        <translation>%1&#xa0;: un chemin de champ ne peut pas être placé entre guillemets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path like PID-3.1 or OBX(2)-5</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin de champ comme PID-3.1 ou OBX(2)-5</translation>
    </message>
    <message>
        <source>%1 names a whole segment; name a field, e.g. %1-3</source>
        <translation>%1 désigne un segment entier&#xa0;; indiquez un champ, p. ex. %1-3</translation>
    </message>
    <message>
        <source>%1 holds the message&apos;s separators and cannot be searched</source>
        <translation>%1 contient les séparateurs du message et ne peut pas être recherché</translation>
    </message>
    <message>
        <source>%1: a value matches one repetition, so it cannot contain ~</source>
        <translation>%1&#xa0;: une valeur correspond à une seule répétition, elle ne peut donc pas contenir ~</translation>
    </message>
    <message>
        <source>%1 is a component: its value cannot contain ^</source>
        <translation>%1 est un composant&#xa0;: sa valeur ne peut pas contenir ^</translation>
    </message>
    <message>
        <source>%1 is a sub-component: its value cannot contain ^ or &amp;</source>
        <translation>%1 est un sous-composant&#xa0;: sa valeur ne peut contenir ni ^ ni &amp;</translation>
    </message>
    <message>
        <source>%1= needs a value</source>
        <translation>%1= nécessite une valeur</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use pending, submitted, failed or ignored</source>
        <translation>statut «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez pending, submitted, failed ou ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, a date-time or milliseconds since 1970 (e.g. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une date, ni une date-heure, ni un nombre de millisecondes depuis 1970 (p. ex. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type like ORU^R01</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de message comme ORU^R01</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1:&quot;; use device:, lis:, status:, from:, to: or type: (quote text that has a colon)</source>
        <translation>filtre «&#xa0;%1:&#xa0;» inconnu&#xa0;; utilisez device:, lis:, status:, from:, to: ou type: (mettez entre guillemets le texte qui contient un deux-points)</translation>
    </message>
    <message>
        <source>a lone - negates nothing; quote text that starts with -</source>
        <translation>un - isolé n&apos;exclut rien&#xa0;; mettez entre guillemets le texte qui commence par -</translation>
    </message>
    <message>
        <source>%1 has no words to search for</source>
        <translation>%1 ne contient aucun mot à rechercher</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is longer than %2 characters; words that long are not searchable</source>
        <translation>«&#xa0;%1…&#xa0;» dépasse %2 caractères&#xa0;; des mots aussi longs ne peuvent pas être recherchés</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>la requête est vide</translation>
    </message>
</context>
<context>
    <name>SessionBuilder</name>
    <message>
        <source>a new transmission began before the end (EOT) of this one</source>
        <translation>une nouvelle transmission a commencé avant la fin (EOT) de celle-ci</translation>
    </message>
    <message>
        <source>the capture began after the start (ENQ) of this transmission</source>
        <translation>la capture a commencé après le début (ENQ) de cette transmission</translation>
    </message>
    <message>
        <source>%1 bytes from the %2 never arrived</source>
        <translation>%1 octets envoyés par %2 ne sont jamais arrivés</translation>
    </message>
    <message>
        <source>device</source>
        <translation>l&apos;appareil</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>le SIL</translation>
    </message>
    <message>
        <source>the connection ended before the end (EOT) of the transmission</source>
        <translation>la connexion s&apos;est terminée avant la fin (EOT) de la transmission</translation>
    </message>
</context>
<context>
    <name>SessionCodec</name>
    <message>
        <source>not valid JSON %1</source>
        <translation>JSON non valide %1</translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation>aucune valeur JSON</translation>
    </message>
    <message>
        <source>not a session: the top level is not a JSON object</source>
        <translation>pas une session&#xa0;: le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string</source>
        <translation>&quot;id&quot; est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a safe file name</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier sûr</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; does not match the file name &quot;%2&quot;</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» ne correspond pas au nom de fichier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;startTime&quot; is missing or not a time in milliseconds</source>
        <translation>&quot;startTime&quot; est absent ou n&apos;est pas une heure en millisecondes</translation>
    </message>
    <message>
        <source>&quot;isComplete&quot; must be true or false</source>
        <translation>&quot;isComplete&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a time in milliseconds</source>
        <translation>&quot;%1&quot; doit être une heure en millisecondes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;sessionId&quot; must be a number</source>
        <translation>&quot;sessionId&quot; doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;submissionStatus&quot; must be pending, submitted, failed or ignored</source>
        <translation>&quot;submissionStatus&quot; doit valoir pending, submitted, failed ou ignored</translation>
    </message>
    <message>
        <source>&quot;submissionAttempts&quot; must be a whole number</source>
        <translation>&quot;submissionAttempts&quot; doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;_metadata&quot; must be an object</source>
        <translation>&quot;_metadata&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;_metadata.savedAt&quot; must be a time in milliseconds</source>
        <translation>&quot;_metadata.savedAt&quot; doit être une heure en millisecondes</translation>
    </message>
    <message>
        <source>&quot;_metadata.retentionDays&quot; must be a whole number from %1 to %2</source>
        <translation>&quot;_metadata.retentionDays&quot; doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>unknown schema version &quot;%1&quot;</source>
        <translation>version de schéma «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array</source>
        <translation>&quot;messages&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must hold strings</source>
        <translation>&quot;messages&quot; doit contenir des chaînes</translation>
    </message>
    <message>
        <source>&quot;elements&quot; must be an array</source>
        <translation>&quot;elements&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>element %1: &quot;rawBytes&quot; must be {&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[…]}</source>
        <translation>élément %1&#xa0;: &quot;rawBytes&quot; doit être {&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[…]}</translation>
    </message>
    <message>
        <source>element %1: rawBytes holds a value that is not a byte</source>
        <translation>élément %1&#xa0;: rawBytes contient une valeur qui n&apos;est pas un octet</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; must be a string</source>
        <translation>élément %1&#xa0;: &quot;hexData&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; has an odd number of digits</source>
        <translation>élément %1&#xa0;: &quot;hexData&quot; a un nombre impair de chiffres</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; is not hexadecimal</source>
        <translation>élément %1&#xa0;: &quot;hexData&quot; n&apos;est pas hexadécimal</translation>
    </message>
    <message>
        <source>element %1 is not an object</source>
        <translation>l&apos;élément %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>element %1 has an unknown &quot;type&quot;</source>
        <translation>l&apos;élément %1 a un &quot;type&quot; inconnu</translation>
    </message>
    <message>
        <source>element %1 has an unknown &quot;direction&quot;</source>
        <translation>l&apos;élément %1 a une &quot;direction&quot; inconnue</translation>
    </message>
    <message>
        <source>element %1 has no valid &quot;timestamp&quot;</source>
        <translation>l&apos;élément %1 n&apos;a pas de &quot;timestamp&quot; valide</translation>
    </message>
    <message>
        <source>element %1 has neither &quot;rawBytes&quot; nor &quot;hexData&quot;</source>
        <translation>l&apos;élément %1 n&apos;a ni &quot;rawBytes&quot; ni &quot;hexData&quot;</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; and &quot;rawBytes&quot; disagree</source>
        <translation>élément %1&#xa0;: &quot;hexData&quot; et &quot;rawBytes&quot; ne concordent pas</translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message>
        <source>&amp;Retry Submission</source>
        <translation>&amp;Renvoyer la session</translation>
    </message>
    <message>
        <source>&amp;Ignore Session</source>
        <translation>&amp;Ignorer la session</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;Supprimer la session…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Submit the selected failed or pending sessions again</source>
        <translation>Renvoyer les sessions échouées ou en attente sélectionnées</translation>
    </message>
    <message>
        <source>Never submit the selected sessions</source>
        <translation>Ne jamais envoyer les sessions sélectionnées</translation>
    </message>
    <message>
        <source>Move the selected sessions to the trash</source>
        <translation>Déplacer les sessions sélectionnées dans la corbeille</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Résumé de la session</translation>
    </message>
    <message>
        <source>Session summary pages</source>
        <translation>Pages du résumé de la session</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Retry submission</source>
        <translation>Renvoyer la session</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Ignore session</source>
        <translation>Ignorer la session</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <source>Element timeline</source>
        <translation>Chronologie des éléments</translation>
    </message>
    <message>
        <source>Session detail sections</source>
        <translation>Sections des détails de la session</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune session sélectionnée</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Not saved yet: the store keeps this session in memory and tries the write again.</source>
        <translation>Pas encore enregistrée&#xa0;: le stockage conserve cette session en mémoire et retentera l&apos;écriture.</translation>
    </message>
    <message>
        <source>Not saved warning</source>
        <translation>Avertissement de non-enregistrement</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>SIL</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Submission and retention</source>
        <translation>Envoi et conservation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Retention note</source>
        <translation>Remarque sur la conservation</translation>
    </message>
    <message>
        <source>Selected sessions</source>
        <translation>Sessions sélectionnées</translation>
    </message>
    <message>
        <source>Sessions per status</source>
        <translation>Sessions par statut</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: the transmission was cut off</source>
        <translation>Non&#xa0;: la transmission a été interrompue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (expires in …)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from its start; as it is not submitted yet, it stays until it is submitted or ignored.</source>
        <translation>
            <numerusform>%n jour après son début&#xa0;; comme elle n&apos;est pas encore envoyée, elle est conservée jusqu&apos;à ce qu&apos;elle soit envoyée ou ignorée.</numerusform>
            <numerusform>%n jours après son début&#xa0;; comme elle n&apos;est pas encore envoyée, elle est conservée jusqu&apos;à ce qu&apos;elle soit envoyée ou ignorée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from its start, then the retention cleanup moves it to the trash.</source>
        <translation>
            <numerusform>%n jour après son début, puis le nettoyage de conservation la déplace dans la corbeille.</numerusform>
            <numerusform>%n jours après son début, puis le nettoyage de conservation la déplace dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <translation>
            <numerusform>%n session sélectionnée</numerusform>
            <numerusform>%n sessions sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in all</source>
        <translation>
            <numerusform>%n message au total</numerusform>
            <numerusform>%n messages au total</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>The session could not be loaded: %1</source>
        <translation>La session n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>La session a été supprimée.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
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
        <translation>Message</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Device → LIS</source>
        <translation>Appareil → SIL</translation>
    </message>
    <message>
        <source>LIS → device</source>
        <translation>SIL → appareil</translation>
    </message>
    <message>
        <source>%1%2.%3 s</source>
        <translation>%1%2,%3 s</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>a expiré %1</translation>
    </message>
</context>
<context>
    <name>SessionListPanel</name>
    <message>
        <source>Terms separated by spaces, all of which must hold:
PID-3.1=12345 (a value at a place in a message), glucose or &quot;basic panel&quot; (words),
device:IP, lis:IP, status:failed,pending, from:2026-11-01, to:2026-11-01T12:00, type:ORU^R01.
A leading - excludes what a term matches.</source>
        <translation>Termes séparés par des espaces, qui doivent tous être satisfaits&#xa0;:
PID-3.1=12345 (une valeur à un emplacement d&apos;un message), glucose ou &quot;bilan de base&quot; (des mots),
device:IP, lis:IP, status:failed,pending, from:2026-11-01, to:2026-11-01T12:00, type:ORU^R01.
Un - placé devant un terme exclut ce qu&apos;il trouve.</translation>
    </message>
    <message>
        <source>Session list</source>
        <translation>Liste des sessions</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Sessions affichées</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Follow new sessions</source>
        <translation>Suivre les nouvelles sessions</translation>
    </message>
    <message>
        <source>Scroll to each new session as it arrives</source>
        <translation>Faire défiler jusqu&apos;à chaque nouvelle session dès son arrivée</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Search: PID-3.1=12345  glucose  status:failed  device:10.0.0.5  type:ORU</source>
        <translation>Rechercher&#xa0;: PID-3.1=12345  glucose  status:failed  device:10.0.0.5  type:ORU</translation>
    </message>
    <message>
        <source>Find Sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Search the sessions (%1)</source>
        <translation>Rechercher dans les sessions (%1)</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Sessions that started at or after this minute</source>
        <translation>Sessions commencées à cette minute ou après</translation>
    </message>
    <message>
        <source>Sessions that started up to the end of this minute</source>
        <translation>Sessions commencées jusqu&apos;à la fin de cette minute</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show sessions of every status (%1)</source>
        <translation>Afficher les sessions de tous les statuts (%1)</translation>
    </message>
    <message>
        <source>Show only %1 sessions (%2)</source>
        <translation>Afficher uniquement les sessions au statut «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Sessions shown: %1 of %2</source>
        <translation>Sessions affichées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>The search cannot be read: %1</source>
        <translation>La recherche ne peut pas être interprétée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by %2 (process %3)</source>
        <translation>le dossier de données %1 est utilisé par %2 (processus %3)</translation>
    </message>
    <message>
        <source>cannot lock the data folder %1</source>
        <translation>impossible de verrouiller le dossier de données %1</translation>
    </message>
    <message>
        <source>there is no data folder at %1</source>
        <translation>il n&apos;y a pas de dossier de données à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>the session store at %1 is not open</source>
        <translation>le stockage des sessions dans %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>the session store at %1 is open read-only</source>
        <translation>le stockage des sessions dans %1 est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de session valide</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>il n&apos;y a pas de session %1 dans %2</translation>
    </message>
    <message>
        <source>session %1 is damaged (%2) and was moved to %3</source>
        <translation>la session %1 est endommagée (%2) et a été déplacée vers %3</translation>
    </message>
    <message>
        <source>session %1 is damaged: %2</source>
        <translation>la session %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder of the trash %2</source>
        <translation>%1 n&apos;est pas un dossier de la corbeille %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>session %1 is no longer %2 but %3</source>
        <translation>la session %1 n&apos;est plus «&#xa0;%2&#xa0;» mais «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SessionStoreWorker</name>
    <message>
        <source>session %1 is no longer %2</source>
        <translation>la session %1 n&apos;est plus «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Started %1, %2</source>
        <translation>Démarrée le %1, %2</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>No end recorded</source>
        <translation>Aucune fin enregistrée</translation>
    </message>
    <message>
        <source>The transmission ended as its framing expects</source>
        <translation>La transmission s&apos;est terminée comme le prévoit son tramage</translation>
    </message>
    <message>
        <source>The transmission was cut off before its end</source>
        <translation>La transmission a été interrompue avant sa fin</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>SIL</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Types de messages</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Submitted at / last error</source>
        <translation>Envoyée le / dernière erreur</translation>
    </message>
    <message>
        <source>The session&apos;s number</source>
        <translation>Le numéro de la session</translation>
    </message>
    <message>
        <source>When the transmission started, in local time</source>
        <translation>Début de la transmission, en heure locale</translation>
    </message>
    <message>
        <source>From the first byte to the last</source>
        <translation>Du premier au dernier octet</translation>
    </message>
    <message>
        <source>The analyzer&apos;s address</source>
        <translation>L&apos;adresse de l&apos;analyseur</translation>
    </message>
    <message>
        <source>The LIS&apos;s address</source>
        <translation>L&apos;adresse du SIL</translation>
    </message>
    <message>
        <source>The HL7 message types (MSH-9) in the session</source>
        <translation>Les types de messages HL7 (MSH-9) de la session</translation>
    </message>
    <message>
        <source>How many HL7 messages the session holds</source>
        <translation>Nombre de messages HL7 dans la session</translation>
    </message>
    <message>
        <source>Whether the transmission ended as its framing expects</source>
        <translation>Indique si la transmission s&apos;est terminée comme le prévoit son tramage</translation>
    </message>
    <message>
        <source>Submission to the collector: pending, submitted, failed or ignored</source>
        <translation>Statut de l&apos;envoi de la session au collecteur&#xa0;: en attente, envoyée, échouée ou ignorée</translation>
    </message>
    <message>
        <source>How many times the session was sent to the collector</source>
        <translation>Nombre d&apos;envois de la session au collecteur</translation>
    </message>
    <message>
        <source>When the collector accepted the session, or why the last attempt failed</source>
        <translation>Date d&apos;acceptation de la session par le collecteur, ou raison de l&apos;échec de la dernière tentative</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>start time · how long ago</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Retrying %1: %2</source>
        <comment>retrying in 5 minutes: &lt;error&gt;</comment>
        <translation>Nouvelle tentative %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pending: not sent to the collector yet</source>
        <translation>En attente&#xa0;: pas encore envoyée au collecteur</translation>
    </message>
    <message>
        <source>Pending: %1 attempts so far</source>
        <translation>En attente&#xa0;: %1 tentative(s) jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed after %1 attempts</source>
        <translation>Échec après %1 tentative(s)</translation>
    </message>
    <message>
        <source>Ignored: never sent to the collector</source>
        <translation>Ignorée&#xa0;: jamais envoyée au collecteur</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not written to the data folder yet: kept in memory and tried again</source>
        <translation>Pas encore écrite dans le dossier de données&#xa0;: conservée en mémoire, l&apos;écriture sera retentée</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>Afficher ou masquer la valeur</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Choisir un fichier pour %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Network interface (live capture)</source>
        <translation>Interface réseau (capture en direct)</translation>
    </message>
    <message>
        <source>Capture file (.pcap, .pcapng)</source>
        <translation>Fichier de capture (.pcap, .pcapng)</translation>
    </message>
    <message>
        <source>Recording proxy (no capture privilege needed)</source>
        <translation>Proxy d&apos;enregistrement (sans privilège de capture)</translation>
    </message>
    <message>
        <source>Detect from the traffic</source>
        <translation>Détecter d&apos;après le trafic</translation>
    </message>
    <message>
        <source>ASTM-style (ENQ, STX … ETX, EOT)</source>
        <translation>Type ASTM (ENQ, STX … ETX, EOT)</translation>
    </message>
    <message>
        <source>E1381 (numbered frames with checksums)</source>
        <translation>E1381 (trames numérotées avec sommes de contrôle)</translation>
    </message>
    <message>
        <source>MLLP (VT … FS CR)</source>
        <translation>MLLP (VT … FS CR)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Debug (everything)</source>
        <translation>Débogage (tout)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1: %2</source>
        <translation>impossible de lire le fichier de paramètres %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is not a file</source>
        <translation>impossible de lire le fichier de paramètres %1&#xa0;: ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is larger than %2 bytes</source>
        <translation>impossible de lire le fichier de paramètres %1&#xa0;: il dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1: settingsVersion must be a whole number (got &quot;%2&quot;); reading it as version %3</source>
        <translation>%1&#xa0;: settingsVersion doit être un nombre entier (valeur reçue&#xa0;: «&#xa0;%2&#xa0;»)&#xa0;; lecture en tant que version %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (settings version %2); the settings this version does not know are kept as they are</source>
        <translation>%1 a été écrit par une version plus récente (version des paramètres %2)&#xa0;; les paramètres inconnus de cette version sont conservés tels quels</translation>
    </message>
    <message>
        <source>%1: %2; using the default %3</source>
        <translation>%1&#xa0;: %2&#xa0;; valeur par défaut utilisée&#xa0;: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 not changed: %2 (fix or remove the file first)</source>
        <translation>%1 non modifié&#xa0;: %2 (corrigez ou supprimez d&apos;abord le fichier)</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation>%1 non modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>it holds NUL bytes, so it is not a text file</source>
        <translation>il contient des octets NUL, ce n&apos;est donc pas un fichier texte</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>line %1 is not a [section]</source>
        <translation>la ligne %1 n&apos;est pas une [section]</translation>
    </message>
    <message>
        <source>line %1 is not key=value</source>
        <translation>la ligne %1 n&apos;est pas de la forme clé=valeur</translation>
    </message>
    <message>
        <source>Keep captured sessions on disk (off: they live in memory only).</source>
        <translation>Conserver les sessions capturées sur le disque (désactivé&#xa0;: elles restent uniquement en mémoire).</translation>
    </message>
    <message>
        <source>Days a session is kept before the cleanup removes it.</source>
        <translation>Nombre de jours de conservation d&apos;une session avant sa suppression par le nettoyage.</translation>
    </message>
    <message>
        <source>Hours between two runs of the retention cleanup.</source>
        <translation>Nombre d&apos;heures entre deux exécutions du nettoyage selon la durée de conservation.</translation>
    </message>
    <message>
        <source>The cleanup only reports what it would remove, and removes nothing.</source>
        <translation>Le nettoyage indique seulement ce qu&apos;il supprimerait, sans rien supprimer.</translation>
    </message>
    <message>
        <source>The cleanup also removes expired sessions that were never submitted.</source>
        <translation>Le nettoyage supprime aussi les sessions expirées qui n&apos;ont jamais été envoyées.</translation>
    </message>
    <message>
        <source>URL of the REST collector that sessions are submitted to (empty: no submission).</source>
        <translation>URL du collecteur REST auquel les sessions sont envoyées (vide&#xa0;: aucun envoi).</translation>
    </message>
    <message>
        <source>Authorization header sent to the collector, e.g. &quot;Bearer TOKEN&quot; (secret).</source>
        <translation>En-tête Authorization envoyé au collecteur, p. ex. «&#xa0;Bearer TOKEN&#xa0;» (secret).</translation>
    </message>
    <message>
        <source>Who the submissions are sent as (the performer).</source>
        <translation>Identité sous laquelle les envois sont effectués (performer).</translation>
    </message>
    <message>
        <source>Submissions sent at the same time.</source>
        <translation>Nombre d&apos;envois simultanés.</translation>
    </message>
    <message>
        <source>Attempts before a submission is marked failed.</source>
        <translation>Nombre de tentatives avant qu&apos;un envoi soit marqué comme échoué.</translation>
    </message>
    <message>
        <source>Minutes between two rounds of submission.</source>
        <translation>Nombre de minutes entre deux séries d&apos;envois.</translation>
    </message>
    <message>
        <source>Seconds to wait for the collector&apos;s answer.</source>
        <translation>Nombre de secondes d&apos;attente de la réponse du collecteur.</translation>
    </message>
    <message>
        <source>PEM file of the CA that signs the collector&apos;s certificate (empty: the system&apos;s CAs).</source>
        <translation>Fichier PEM de l&apos;autorité de certification qui signe le certificat du collecteur (vide&#xa0;: autorités du système).</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (valeur reçue&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 must be %2%3</source>
        <translation>%1 doit être %2%3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>empty or an absolute http:// or https:// URL</source>
        <translation>vide ou une URL absolue http:// ou https://</translation>
    </message>
    <message>
        <source>empty or the path of a readable file</source>
        <translation>vide ou le chemin d&apos;un fichier lisible</translation>
    </message>
    <message>
        <source>one line of text without control characters</source>
        <translation>une seule ligne de texte sans caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 must be one line of text without control characters</source>
        <translation>%1 doit être une seule ligne de texte sans caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 must be %2: %3</source>
        <translation>%1 doit être %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known settings: %2</source>
        <translation>paramètre «&#xa0;%1&#xa0;» inconnu&#xa0;; paramètres connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (startByte %2, ackByte %3, endByte %4)</source>
        <translation>%1 (startByte %2, ackByte %3, endByte %4)</translation>
    </message>
    <message>
        <source>%1: %2: %3; using the default %4</source>
        <translation>%1&#xa0;: %2&#xa0;: %3&#xa0;; valeur par défaut utilisée&#xa0;: %4</translation>
    </message>
    <message>
        <source>Where the traffic comes from: interface (live capture), file (a capture file) or proxy (a recording proxy).</source>
        <translation>Origine du trafic&#xa0;: interface (capture en direct), file (un fichier de capture) ou proxy (un proxy d&apos;enregistrement).</translation>
    </message>
    <message>
        <source>BPF filter of a live capture (empty: built from the device and LIS addresses).</source>
        <translation>Filtre BPF d&apos;une capture en direct (vide&#xa0;: construit à partir des adresses de l&apos;appareil et du SIL).</translation>
    </message>
    <message>
        <source>Framing of the traffic: auto (detected), astm, e1381 or mllp.</source>
        <translation>Tramage du trafic&#xa0;: auto (détecté), astm, e1381 ou mllp.</translation>
    </message>
    <message>
        <source>IP address of the analyzer (empty: any).</source>
        <translation>Adresse IP de l&apos;analyseur (vide&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>IP address of the LIS (empty: any).</source>
        <translation>Adresse IP du SIL (vide&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>TCP port of the LIS (0: any).</source>
        <translation>Port TCP du SIL (0&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Where the recording proxy listens for devices: [ADDR:]PORT.</source>
        <translation>Adresse où le proxy d&apos;enregistrement écoute les appareils&#xa0;: [ADR:]PORT.</translation>
    </message>
    <message>
        <source>Where the recording proxy forwards the traffic, the LIS: HOST:PORT.</source>
        <translation>Destination vers laquelle le proxy d&apos;enregistrement retransmet le trafic, le SIL&#xa0;: HÔTE:PORT.</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that starts a transmission (default 5, ENQ).</source>
        <translation>Tramage de type ASTM&#xa0;: l&apos;octet qui commence une transmission (par défaut 5, ENQ).</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that acknowledges (default 6, ACK).</source>
        <translation>Tramage de type ASTM&#xa0;: l&apos;octet d&apos;acquittement (par défaut 6, ACK).</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that ends a transmission (default 4, EOT).</source>
        <translation>Tramage de type ASTM&#xa0;: l&apos;octet qui termine une transmission (par défaut 4, EOT).</translation>
    </message>
    <message>
        <source>MLLP: a pause of this many seconds ends a session on a connection that stays open.</source>
        <translation>MLLP&#xa0;: une pause d&apos;autant de secondes met fin à une session sur une connexion qui reste ouverte.</translation>
    </message>
    <message>
        <source>Start capturing when the app starts.</source>
        <translation>Démarrer la capture au lancement de l&apos;application.</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>Démarrer avec la fenêtre réduite.</translation>
    </message>
    <message>
        <source>Minimizing the window hides it in the system tray.</source>
        <translation>Réduire la fenêtre la masque dans la zone de notification.</translation>
    </message>
    <message>
        <source>Start the app when you log in.</source>
        <translation>Lancer l&apos;application à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Language of the app: en, de, fr or es (empty: the system&apos;s language).</source>
        <translation>Langue de l&apos;application&#xa0;: en, de, fr ou es (vide&#xa0;: langue du système).</translation>
    </message>
    <message>
        <source>What the app writes to its log: error, warning, info or debug.</source>
        <translation>Ce que l&apos;application écrit dans son journal&#xa0;: error, warning, info ou debug.</translation>
    </message>
    <message>
        <source>a byte from %1 to %2 (as 5 or 0x05) other than %3</source>
        <translation>un octet de %1 à %2 (p. ex. 5 ou 0x05) autre que %3</translation>
    </message>
    <message>
        <source>empty or one of %1</source>
        <translation>vide ou l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>empty or an IPv4 or IPv6 address, such as 192.168.1.20 or fe80::1</source>
        <translation>vide ou une adresse IPv4 ou IPv6, p. ex. 192.168.1.20 ou fe80::1</translation>
    </message>
    <message>
        <source>a port from 1 to 65535, or ADDRESS:PORT with an IP address (such as 0.0.0.0:2575)</source>
        <translation>un port de 1 à 65535, ou ADRESSE:PORT avec une adresse IP (p. ex. 0.0.0.0:2575)</translation>
    </message>
    <message>
        <source>empty or HOST:PORT, such as lis.example:2575 or 192.168.1.30:2575</source>
        <translation>vide ou HÔTE:PORT, p. ex. lis.example:2575 ou 192.168.1.30:2575</translation>
    </message>
    <message>
        <source>Network interface to capture on (empty: every interface, libpcap&apos;s &quot;any&quot;).</source>
        <translation>Interface réseau de la capture (vide : toutes les interfaces, « any » de libpcap).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>S&amp;torage and retention</source>
        <translation>S&amp;tockage et conservation</translation>
    </message>
    <message>
        <source>Su&amp;bmission</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <source>Start-&amp;up</source>
        <translation>&amp;Démarrage</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>État des paramètres</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Enregistrer les paramètres et fermer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Restore the defaults of this page</source>
        <translation>Restaurer les valeurs par défaut de cette page</translation>
    </message>
    <message>
        <source>Puts the defaults in the fields of this page; OK or Apply saves them.</source>
        <translation>Place les valeurs par défaut dans les champs de cette page&#xa0;; OK ou Appliquer les enregistre.</translation>
    </message>
    <message>
        <source>Nothing can be saved until the settings file is fixed or removed: %1</source>
        <translation>Rien ne peut être enregistré tant que le fichier de paramètres n&apos;est pas corrigé ou supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The settings file holds values that were refused; the fields show what applies instead:
%1</source>
        <translation>Le fichier de paramètres contient des valeurs refusées&#xa0;; les champs indiquent les valeurs appliquées à la place&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Capture from</source>
        <translation>Capturer depuis</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>The first that can be captured</source>
        <translation>La première qui peut être capturée</translation>
    </message>
    <message>
        <source>BPF filter</source>
        <translation>Filtre BPF</translation>
    </message>
    <message>
        <source>Built from the addresses</source>
        <translation>Construit à partir des adresses</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Analyzer IP</source>
        <translation>IP de l&apos;analyseur</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>LIS IP</source>
        <translation>IP du SIL</translation>
    </message>
    <message>
        <source>LIS port</source>
        <translation>Port du SIL</translation>
    </message>
    <message>
        <source>Recording proxy</source>
        <translation>Proxy d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écoute sur</translation>
    </message>
    <message>
        <source>2575 or 0.0.0.0:2575</source>
        <translation>2575 ou 0.0.0.0:2575</translation>
    </message>
    <message>
        <source>Forward to (LIS)</source>
        <translation>Retransmettre à (SIL)</translation>
    </message>
    <message>
        <source>lis.example:2575</source>
        <translation>lis.example:2575</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Tramage</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Octet de début</translation>
    </message>
    <message>
        <source>Acknowledge byte</source>
        <translation>Octet d&apos;acquittement</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Octet de fin</translation>
    </message>
    <message>
        <source>The ASTM-style markers; STX, NAK, CR and LF cannot be used.</source>
        <translation>Les marqueurs de type ASTM&#xa0;; STX, NAK, CR et LF ne peuvent pas être utilisés.</translation>
    </message>
    <message>
        <source>MLLP idle gap</source>
        <translation>Délai d&apos;inactivité MLLP</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A pause this long ends an MLLP session on a connection that stays open.</source>
        <translation>Une pause de cette durée met fin à une session MLLP sur une connexion qui reste ouverte.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Keep captured sessions on disk</source>
        <translation>Conserver les sessions capturées sur le disque</translation>
    </message>
    <message>
        <source>Keep sessions for</source>
        <translation>Conserver les sessions pendant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Nettoyage de conservation</translation>
    </message>
    <message>
        <source>Run the cleanup every</source>
        <translation>Lancer le nettoyage toutes les</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Also remove expired sessions that were never submitted</source>
        <translation>Supprimer aussi les sessions expirées qui n&apos;ont jamais été envoyées</translation>
    </message>
    <message>
        <source>Dry run: only report what the cleanup would remove</source>
        <translation>Simulation&#xa0;: indiquer seulement ce que le nettoyage supprimerait</translation>
    </message>
    <message>
        <source>Removed sessions go to the trash folder, which is emptied after 7 days.</source>
        <translation>Les sessions supprimées vont dans la corbeille, qui est vidée au bout de 7 jours.</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Aperçu (simulation)</translation>
    </message>
    <message>
        <source>Preview the retention cleanup without removing anything</source>
        <translation>Prévisualiser le nettoyage de conservation sans rien supprimer</translation>
    </message>
    <message>
        <source>&amp;Run cleanup now</source>
        <translation>&amp;Lancer le nettoyage maintenant</translation>
    </message>
    <message>
        <source>Run the retention cleanup now</source>
        <translation>Lancer maintenant le nettoyage de conservation</translation>
    </message>
    <message>
        <source>Uses the values on this page, saved or not; with dry run on, it only reports.</source>
        <translation>Utilise les valeurs de cette page, enregistrées ou non&#xa0;; en mode simulation, il se contente d&apos;un rapport.</translation>
    </message>
    <message>
        <source>Cleanup report</source>
        <translation>Rapport de nettoyage</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>https://collector.example/api/sessions (empty: no submission)</source>
        <translation>https://collector.example/api/sessions (vide&#xa0;: aucun envoi)</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Exécutant</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>The system&apos;s CAs only</source>
        <translation>Autorités de certification du système uniquement</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Test the connection to the collector</source>
        <translation>Tester la connexion au collecteur</translation>
    </message>
    <message>
        <source>Asks the collector with HEAD, using the values on this page; nothing is submitted.</source>
        <translation>Interroge le collecteur avec HEAD, en utilisant les valeurs de cette page&#xa0;; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>Attempts per session</source>
        <translation>Tentatives par session</translation>
    </message>
    <message>
        <source>Send every</source>
        <translation>Envoyer toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Wait for an answer</source>
        <translation>Attendre une réponse pendant</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start HL7 Capture when I log in</source>
        <translation>Lancer HL7 Capture à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Start minimized</source>
        <translation>Démarrer en mode réduit</translation>
    </message>
    <message>
        <source>Start capturing when the app starts</source>
        <translation>Démarrer la capture au lancement de l&apos;application</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Minimize to the system tray</source>
        <translation>Réduire dans la zone de notification</translation>
    </message>
    <message>
        <source>Language and log</source>
        <translation>Langue et journal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <source>The defaults of this page are in the fields; OK or Apply saves them.</source>
        <translation>Les valeurs par défaut de cette page sont dans les champs&#xa0;; OK ou Appliquer les enregistre.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not accepted, so nothing was saved; the reasons are next to the fields.</source>
        <translation>
            <numerusform>%n valeur refusée, donc rien n&apos;a été enregistré&#xa0;; la raison est indiquée à côté du champ.</numerusform>
            <numerusform>%n valeurs refusées, donc rien n&apos;a été enregistré&#xa0;; les raisons sont indiquées à côté des champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Dry run: nothing would be removed</source>
        <translation>Simulation&#xa0;: rien ne serait supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n session(s) (%1)</source>
        <translation>
            <numerusform>%n session serait supprimée (%1)</numerusform>
            <numerusform>%n sessions seraient supprimées (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Rien n&apos;a été supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) (%1) to the trash</source>
        <translation>
            <numerusform>%n session (%1) déplacée dans la corbeille</numerusform>
            <numerusform>%n sessions (%1) déplacées dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n kept because not submitted</source>
        <translation>
            <numerusform>%1&#xa0;; %n conservée car non envoyée</numerusform>
            <numerusform>%1&#xa0;; %n conservées car non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n could not be moved: %2</source>
        <translation>
            <numerusform>%1&#xa0;; %n n&apos;a pas pu être déplacée&#xa0;: %2</numerusform>
            <numerusform>%1&#xa0;; %n n&apos;ont pas pu être déplacées&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Looking for what the cleanup would remove…</source>
        <translation>Recherche de ce que le nettoyage supprimerait…</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Nettoyage en cours…</translation>
    </message>
    <message>
        <source>The cleanup could not run: %1</source>
        <translation>Le nettoyage n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Non testé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The running instance did not take the request: %1</source>
        <translation>L&apos;instance en cours d&apos;exécution n&apos;a pas accepté la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
</context>
<context>
    <name>SubmissionAttempt</name>
    <message>
        <source>The collector is busy and asked to wait: %1</source>
        <translation>Le collecteur est occupé et a demandé de patienter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The collector gave up waiting for the session: %1</source>
        <translation>Le collecteur a cessé d&apos;attendre la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>The collector failed to take the session: %1</source>
        <translation>Le collecteur n&apos;a pas pu accepter la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>The collector refused the session: %1</source>
        <translation>Le collecteur a refusé la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>The collector did not answer within %1 s</source>
        <translation>Le collecteur n&apos;a pas répondu dans un délai de %1 s</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused</source>
        <translation>Impossible de se connecter à %1&#xa0;: connexion refusée</translation>
    </message>
    <message>
        <source>Could not find the collector&apos;s host %1</source>
        <translation>Impossible de trouver l&apos;hôte du collecteur %1</translation>
    </message>
    <message>
        <source>The collector at %1 closed the connection without answering</source>
        <translation>Le collecteur à l&apos;adresse %1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The collector&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du collecteur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not send the session to %1: %2</source>
        <translation>Impossible d&apos;envoyer la session à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionClient</name>
    <message>
        <source>the submission CA file %1 cannot be read</source>
        <translation>impossible de lire le fichier CA %1 utilisé pour l&apos;envoi</translation>
    </message>
    <message>
        <source>the submission CA file %1 holds no PEM or DER certificate</source>
        <translation>le fichier CA %1 utilisé pour l&apos;envoi ne contient aucun certificat PEM ou DER</translation>
    </message>
</context>
<context>
    <name>SubmissionConfig</name>
    <message>
        <source>the submission endpoint &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>le point de terminaison d&apos;envoi «&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>a year ago</source>
        <translation>il y a un an</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>il y a %1 ans</translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>dans un an</translation>
    </message>
    <message>
        <source>in %1 years</source>
        <translation>dans %1 ans</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>il y a un mois</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>il y a %1 mois</translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>dans un mois</translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation>dans %1 mois</translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>il y a un jour</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>in a day</source>
        <translation>dans un jour</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>il y a %1 heures</translation>
    </message>
    <message>
        <source>in an hour</source>
        <translation>dans une heure</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>dans %1 heures</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>dans une minute</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>dans %1 minutes</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
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
        <translation>Menu de la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
</context>
<context>
    <name>UiState</name>
    <message>
        <source>The window layout could not be written to %1</source>
        <translation>La disposition de la fenêtre n&apos;a pas pu être écrite dans %1</translation>
    </message>
    <message>
        <source>The window layout in %1 could not be read</source>
        <translation>La disposition de la fenêtre dans %1 n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Capture and inspect HL7 traffic between analyzers and the LIS.</source>
        <translation>Capturer et inspecter le trafic HL7 entre les analyseurs et le SIL.</translation>
    </message>
    <message>
        <source>Keep sessions and settings in &lt;dir&gt;.</source>
        <translation>Conserver les sessions et les paramètres dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation>Paramètres non lus</translation>
    </message>
    <message>
        <source>The settings could not be read, so the defaults apply and the file is left as it is:

%1</source>
        <translation>Les paramètres n&apos;ont pas pu être lus&#xa0;; les valeurs par défaut s&apos;appliquent et le fichier reste tel quel&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Sessions not saved</source>
        <translation>Sessions non enregistrées</translation>
    </message>
    <message>
        <source>These sessions could not be written to the data folder. Copies are kept here and are restored at the next start:

%1</source>
        <translation>Ces sessions n&apos;ont pas pu être écrites dans le dossier de données. Des copies sont conservées ici et seront restaurées au prochain démarrage&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Start on a temporary data folder with a sample capture opened; nothing is kept.</source>
        <translation>Démarrer sur un dossier de données temporaire avec une capture d&apos;exemple ouverte&#xa0;; rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Start in the system tray (minimized without one).</source>
        <translation>Démarrer dans la zone de notification (réduit s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <source>Capture files (.pcap, .pcapng) to open.</source>
        <translation>Fichiers de capture (.pcap, .pcapng) à ouvrir.</translation>
    </message>
    <message>
        <source>Demo not started</source>
        <translation>Démo non démarrée</translation>
    </message>
    <message>
        <source>The demo needs a temporary data folder:

%1</source>
        <translation>La démo nécessite un dossier de données temporaire&#xa0;:

%1</translation>
    </message>
</context>
</TS>
