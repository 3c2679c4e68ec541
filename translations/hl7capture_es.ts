<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AstmDecoder</name>
    <message>
        <source>frame cut off by control byte 0x%1 before its CR LF</source>
        <translation>trama cortada por el byte de control 0x%1 antes de su CR LF</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Capture HL7 traffic from the start of the session</source>
        <translation>Captura el tráfico HL7 desde el inicio de sesión</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>no se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
</context>
<context>
    <name>CaptureChecks</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>the start, acknowledge and end bytes must differ</source>
        <translation>los bytes de inicio, confirmación y fin deben ser distintos</translation>
    </message>
    <message>
        <source>%1 cannot be a marker byte: the framing uses it already</source>
        <translation>%1 no puede ser un byte marcador: el entramado ya lo usa</translation>
    </message>
</context>
<context>
    <name>CaptureConfig</name>
    <message>
        <source>The interface name must be one line.</source>
        <translation>El nombre de la interfaz debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>The capture filter must be one line.</source>
        <translation>El filtro de captura debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>Unknown framing &quot;%1&quot;; choose auto, astm, e1381 or mllp.</source>
        <translation>Entramado desconocido &quot;%1&quot;; elija auto, astm, e1381 o mllp.</translation>
    </message>
    <message>
        <source>The device address &quot;%1&quot; is not an IP address such as 192.168.1.20 or fe80::1.</source>
        <translation>La dirección del equipo &quot;%1&quot; no es una dirección IP como 192.168.1.20 o fe80::1.</translation>
    </message>
    <message>
        <source>The LIS address &quot;%1&quot; is not an IP address such as 192.168.1.30 or fe80::1.</source>
        <translation>La dirección del LIS &quot;%1&quot; no es una dirección IP como 192.168.1.30 o fe80::1.</translation>
    </message>
    <message>
        <source>The LIS port must be a number from 1 to 65535, or empty for any port.</source>
        <translation>El puerto del LIS debe ser un número de 1 a 65535, o quedar vacío para cualquier puerto.</translation>
    </message>
    <message>
        <source>The proxy listens on PORT or ADDRESS:PORT, such as 2575 or 0.0.0.0:2575; &quot;%1&quot; is neither.</source>
        <translation>El proxy escucha en PUERTO o DIRECCIÓN:PUERTO, como 2575 o 0.0.0.0:2575; &quot;%1&quot; no es ninguno de los dos.</translation>
    </message>
    <message>
        <source>The proxy needs the LIS to forward to, as HOST:PORT such as 192.168.1.30:2575.</source>
        <translation>El proxy necesita el LIS al que reenviar, como HOST:PUERTO, p. ej., 192.168.1.30:2575.</translation>
    </message>
    <message>
        <source>The LIS to forward to must be HOST:PORT, such as 192.168.1.30:2575 or lis.example:2575; &quot;%1&quot; is not.</source>
        <translation>El LIS al que reenviar debe ser HOST:PUERTO, como 192.168.1.30:2575 o lis.example:2575; &quot;%1&quot; no lo es.</translation>
    </message>
    <message>
        <source>A marker byte must be from 0 to 255 (0x00 to 0xff).</source>
        <translation>Un byte marcador debe estar entre 0 y 255 (0x00 a 0xff).</translation>
    </message>
    <message>
        <source>These marker bytes cannot be used: %1.</source>
        <translation>No se pueden usar estos bytes marcadores: %1.</translation>
    </message>
    <message>
        <source>The idle gap must be from 1 to 3600 seconds.</source>
        <translation>El intervalo de inactividad debe ser de 1 a 3600 segundos.</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>&amp;Start Capture</source>
        <translation>&amp;Iniciar captura</translation>
    </message>
    <message>
        <source>Start capturing from the chosen source</source>
        <translation>Empezar a capturar desde el origen elegido</translation>
    </message>
    <message>
        <source>S&amp;top Capture</source>
        <translation>De&amp;tener captura</translation>
    </message>
    <message>
        <source>Stop capturing</source>
        <translation>Detener la captura</translation>
    </message>
    <message>
        <source>&amp;Pause Capture</source>
        <translation>&amp;Pausar captura</translation>
    </message>
    <message>
        <source>Pause or resume capturing</source>
        <translation>Pausar o reanudar la captura</translation>
    </message>
    <message>
        <source>&amp;Open Capture File…</source>
        <translation>&amp;Abrir archivo de captura…</translation>
    </message>
    <message>
        <source>Read sessions from .pcap or .pcapng files</source>
        <translation>Leer sesiones de archivos .pcap o .pcapng</translation>
    </message>
    <message>
        <source>Capture S&amp;ource…</source>
        <translation>&amp;Origen de captura…</translation>
    </message>
    <message>
        <source>Choose the interface, file or proxy, the framing and the addresses</source>
        <translation>Elegir la interfaz, el archivo o el proxy, el entramado y las direcciones</translation>
    </message>
    <message>
        <source>&amp;Resume Capture</source>
        <translation>&amp;Reanudar captura</translation>
    </message>
    <message>
        <source>Capturing is not available in this window.</source>
        <translation>La captura no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>A capture is running already; stop it first.</source>
        <translation>Ya hay una captura en curso; deténgala primero.</translation>
    </message>
    <message>
        <source>Stop the running capture before opening a capture file.</source>
        <translation>Detenga la captura en curso antes de abrir un archivo de captura.</translation>
    </message>
    <message>
        <source>Open Capture File</source>
        <translation>Abrir archivo de captura</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Archivos de captura (*.pcap *.pcapng *.cap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open capture file</source>
        <translation>Abrir archivo de captura</translation>
    </message>
</context>
<context>
    <name>CaptureEngine</name>
    <message>
        <source>further warnings left out</source>
        <translation>se omiten las demás advertencias</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>trama %1: %2</translation>
    </message>
</context>
<context>
    <name>CaptureSourceDialog</name>
    <message>
        <source>any (every interface)</source>
        <translation>any (todas las interfaces)</translation>
    </message>
    <message>
        <source>%1, loopback</source>
        <translation>%1, loopback</translation>
    </message>
    <message>
        <source>%1, down</source>
        <translation>%1, inactiva</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capture Source</source>
        <translation>Origen de captura</translation>
    </message>
    <message>
        <source>Capture source</source>
        <translation>Origen de captura</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Start Capture</source>
        <translation>&amp;Iniciar captura</translation>
    </message>
    <message>
        <source>Save and start capture</source>
        <translation>Guardar e iniciar la captura</translation>
    </message>
    <message>
        <source>Save without starting</source>
        <translation>Guardar sin iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Network &amp;interface</source>
        <translation>Interfaz de &amp;red</translation>
    </message>
    <message>
        <source>Capture &amp;file</source>
        <translation>&amp;Archivo de captura</translation>
    </message>
    <message>
        <source>Recording &amp;proxy</source>
        <translation>&amp;Proxy de grabación</translation>
    </message>
    <message>
        <source>Capture on a network interface</source>
        <translation>Capturar en una interfaz de red</translation>
    </message>
    <message>
        <source>Read a capture file</source>
        <translation>Leer un archivo de captura</translation>
    </message>
    <message>
        <source>Record through the proxy</source>
        <translation>Grabar a través del proxy</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interfaz de red</translation>
    </message>
    <message>
        <source>Listing interfaces…</source>
        <translation>Obteniendo la lista de interfaces…</translation>
    </message>
    <message>
        <source>Interface note</source>
        <translation>Nota sobre la interfaz</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Archivo de captura</translation>
    </message>
    <message>
        <source>A .pcap or .pcapng file</source>
        <translation>Un archivo .pcap o .pcapng</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for a capture file</source>
        <translation>Buscar un archivo de captura</translation>
    </message>
    <message>
        <source>Proxy listens on</source>
        <translation>El proxy escucha en</translation>
    </message>
    <message>
        <source>[ADDRESS:]PORT, such as 2575</source>
        <translation>[DIRECCIÓN:]PUERTO, como 2575</translation>
    </message>
    <message>
        <source>Proxy forwards to</source>
        <translation>El proxy reenvía a</translation>
    </message>
    <message>
        <source>HOST:PORT of the LIS, such as 192.168.1.30:2575</source>
        <translation>HOST:PUERTO del LIS, como 192.168.1.30:2575</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interfaz:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>Forward to LIS:</source>
        <translation>Reenviar al LIS:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Entramado</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>ASTM-style (ENQ, ACK, EOT)</source>
        <translation>Estilo ASTM (ENQ, ACK, EOT)</translation>
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
        <translation>Dirección IP del equipo</translation>
    </message>
    <message>
        <source>any, or such as 192.168.1.20</source>
        <translation>cualquiera o, p. ej., 192.168.1.20</translation>
    </message>
    <message>
        <source>LIS IP address</source>
        <translation>Dirección IP del LIS</translation>
    </message>
    <message>
        <source>any, or such as 192.168.1.30</source>
        <translation>cualquiera o, p. ej., 192.168.1.30</translation>
    </message>
    <message>
        <source>LIS port</source>
        <translation>Puerto del LIS</translation>
    </message>
    <message>
        <source>any, or such as 2575</source>
        <translation>cualquiera o, p. ej., 2575</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>Filtro de captura</translation>
    </message>
    <message>
        <source>A BPF expression; empty: built from the addresses above.</source>
        <translation>Una expresión BPF; vacío: se genera a partir de las direcciones anteriores.</translation>
    </message>
    <message>
        <source>F&amp;raming:</source>
        <translation>E&amp;ntramado:</translation>
    </message>
    <message>
        <source>&amp;Device IP:</source>
        <translation>IP del e&amp;quipo:</translation>
    </message>
    <message>
        <source>&amp;LIS IP:</source>
        <translation>IP del &amp;LIS:</translation>
    </message>
    <message>
        <source>LIS p&amp;ort:</source>
        <translation>P&amp;uerto del LIS:</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Byte de inicio</translation>
    </message>
    <message>
        <source>Acknowledge byte</source>
        <translation>Byte de confirmación</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Byte de fin</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>MLLP idle gap in seconds</source>
        <translation>Intervalo de inactividad MLLP en segundos</translation>
    </message>
    <message>
        <source>MLLP: a pause this long ends a session on a connection that stays open.</source>
        <translation>MLLP: una pausa de esta duración finaliza una sesión en una conexión que sigue abierta.</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Acknowledge:</source>
        <translation>Confirmación:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Marker bytes:</source>
        <translation>Bytes marcadores:</translation>
    </message>
    <message>
        <source>MLLP idle &amp;gap:</source>
        <translation>Inter&amp;valo de inactividad MLLP:</translation>
    </message>
    <message>
        <source>Every interface</source>
        <translation>Todas las interfaces</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (no encontrada ahora)</translation>
    </message>
    <message>
        <source>The interfaces could not be listed: %1</source>
        <translation>No se pudieron listar las interfaces: %1</translation>
    </message>
    <message>
        <source>Capturing needs root or CAP_NET_RAW; use the proxy instead.</source>
        <translation>La captura requiere root o CAP_NET_RAW; use el proxy en su lugar.</translation>
    </message>
    <message>
        <source>Open Capture File</source>
        <translation>Abrir archivo de captura</translation>
    </message>
    <message>
        <source>Capture files (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Archivos de captura (*.pcap *.pcapng *.cap);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the capture file to read.</source>
        <translation>Elija el archivo de captura que se leerá.</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>No se pudo guardar la selección: %1</translation>
    </message>
</context>
<context>
    <name>CaptureStatusWidget</name>
    <message>
        <source>Capture status</source>
        <translation>Estado de la captura</translation>
    </message>
    <message>
        <source>Capture state</source>
        <translation>Situación de la captura</translation>
    </message>
    <message>
        <source>Capture file progress</source>
        <translation>Progreso del archivo de captura</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Captured sessions and messages</source>
        <translation>Sesiones y mensajes capturados</translation>
    </message>
    <message>
        <source>Last capture error</source>
        <translation>Último error de captura</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Capturing on every interface</source>
        <translation>Capturando en todas las interfaces</translation>
    </message>
    <message>
        <source>Capturing on %1</source>
        <translation>Capturando en %1</translation>
    </message>
    <message>
        <source>Proxy on port %1</source>
        <translation>Proxy en el puerto %1</translation>
    </message>
    <message>
        <source>Starting the proxy…</source>
        <translation>Iniciando el proxy…</translation>
    </message>
    <message>
        <source>%1 (%2 more waiting)</source>
        <translation>%1 (%2 más en espera)</translation>
    </message>
    <message>
        <source>%1
Waiting: %2</source>
        <translation>%1
En espera: %2</translation>
    </message>
    <message>
        <source>Sessions: %1  Messages: %2</source>
        <translation>Sesiones: %1  Mensajes: %2</translation>
    </message>
    <message>
        <source>%1  Open: %2</source>
        <translation>%1  Abiertas: %2</translation>
    </message>
</context>
<context>
    <name>CaptureWorker</name>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Capturing on %1 with filter &quot;%2&quot;</source>
        <translation>Capturando en %1 con el filtro &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Proxy listening on port %1, forwarding to %2:%3</source>
        <translation>Proxy escuchando en el puerto %1, reenviando a %2:%3</translation>
    </message>
    <message>
        <source>the capture was paused during this exchange</source>
        <translation>la captura estuvo en pausa durante este intercambio</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No collector endpoint is set: enter its URL first.</source>
        <translation>No hay ningún punto de conexión del recolector configurado: introduzca primero su URL.</translation>
    </message>
    <message>
        <source>The collector at %1 refused the credentials: %2. Check the authorization header.</source>
        <translation>El recolector en %1 rechazó las credenciales: %2. Compruebe la cabecera Authorization.</translation>
    </message>
    <message>
        <source>The collector at %1 answered %2, a redirect: submission does not follow redirects.</source>
        <translation>El recolector en %1 respondió %2, una redirección: el envío no sigue redirecciones.</translation>
    </message>
    <message>
        <source>The collector at %1 answered %2, a redirect to %3: submission does not follow redirects, so enter that address as the endpoint.</source>
        <translation>El recolector en %1 respondió %2, una redirección a %3: el envío no sigue redirecciones, así que introduzca esa dirección como punto de conexión.</translation>
    </message>
    <message>
        <source>Connected securely (%1, certificate trusted): %2 from %3 (the collector answers; this test sent HEAD, submission uses POST).</source>
        <translation>Conexión segura (%1, certificado de confianza): %2 de %3 (el recolector responde; esta prueba envió HEAD, el envío usa POST).</translation>
    </message>
    <message>
        <source>Connected: %1 from %2 (the collector answers; this test sent HEAD, submission uses POST).</source>
        <translation>Conectado: %1 de %2 (el recolector responde; esta prueba envió HEAD, el envío usa POST).</translation>
    </message>
    <message>
        <source>Timed out after %1 s: %2 did not answer.</source>
        <translation>Tiempo de espera agotado tras %1 s: %2 no respondió.</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the collector running, and on that port?</source>
        <translation>%1 rechazó la conexión: ¿está en ejecución el recolector, y en ese puerto?</translation>
    </message>
    <message>
        <source>Host not found: %1.</source>
        <translation>Host no encontrado: %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (an https:// collector addressed as http://?).</source>
        <translation>%1 cerró la conexión sin responder (¿un recolector https:// al que se accede con http://?).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>If the collector&apos;s certificate comes from a private CA, choose that CA&apos;s certificate as the CA file.</source>
        <translation>Si el certificado del recolector procede de una CA privada, elija el certificado de esa CA como archivo de CA.</translation>
    </message>
    <message>
        <source>The CA file %1 does not vouch for it either.</source>
        <translation>El archivo de CA %1 tampoco lo avala.</translation>
    </message>
    <message>
        <source>Certificate not trusted: %1. %2</source>
        <translation>El certificado no es de confianza: %1. %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>the sample capture is missing from the program: %1</source>
        <translation>falta la captura de ejemplo en el programa: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>no se puede hacer privado %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>no se puede mover %1 a %2: %3</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>no se puede abrir la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot sync folder %1: %2</source>
        <translation>no se puede sincronizar la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <translation>no se puede leer la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot make folder %1 private: %2</source>
        <translation>no se puede hacer privada la carpeta %1: %2</translation>
    </message>
</context>
<context>
    <name>E1381Decoder</name>
    <message>
        <source>message ends with an intermediate frame (ETB) and no last frame (ETX)</source>
        <translation>el mensaje termina con una trama intermedia (ETB) y sin trama final (ETX)</translation>
    </message>
    <message>
        <source>frame cut off by control byte 0x%1 before its ETB or ETX</source>
        <translation>trama cortada por el byte de control 0x%1 antes de su ETB o ETX</translation>
    </message>
    <message>
        <source>frame without a frame number 0-7</source>
        <translation>trama sin número de trama 0-7</translation>
    </message>
    <message>
        <source>frame %1: malformed end, expected two hex checksum digits and CR LF</source>
        <translation>trama %1: final mal formado; se esperaban dos dígitos hexadecimales de suma de comprobación y CR LF</translation>
    </message>
    <message>
        <source>frame %1: checksum %2, expected %3</source>
        <translation>trama %1: suma de comprobación %2, se esperaba %3</translation>
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
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Tipo de mensaje %1, ID de control %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desfase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>FramingDecoder</name>
    <message>
        <source>bytes outside any frame</source>
        <translation>bytes fuera de toda trama</translation>
    </message>
    <message>
        <source>incomplete frame at end of stream</source>
        <translation>trama incompleta al final del flujo</translation>
    </message>
    <message>
        <source>frame longer than %1 bytes: cut off here, decoding resumes at the next frame</source>
        <translation>trama de más de %1 bytes: se corta aquí y la decodificación se reanuda en la trama siguiente</translation>
    </message>
</context>
<context>
    <name>Hl7::Message</name>
    <message>
        <source>the message does not start with an MSH segment</source>
        <translation>el mensaje no empieza con un segmento MSH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at byte %2 is not a segment name</source>
        <translation>&quot;%1&quot; en el byte %2 no es un nombre de segmento</translation>
    </message>
</context>
<context>
    <name>Hl7Dictionary</name>
    <message>
        <source>Z-segment (site-defined)</source>
        <translation>Segmento Z (definido por el centro)</translation>
    </message>
    <message>
        <source>Set ID - AL1</source>
        <translation>ID de conjunto - AL1</translation>
    </message>
    <message>
        <source>Allergen Type Code</source>
        <translation>Código de tipo de alérgeno</translation>
    </message>
    <message>
        <source>Allergen Code/Mnemonic/Description</source>
        <translation>Código/nemónico/descripción del alérgeno</translation>
    </message>
    <message>
        <source>Allergy Severity Code</source>
        <translation>Código de gravedad de la alergia</translation>
    </message>
    <message>
        <source>Allergy Reaction Code</source>
        <translation>Código de reacción alérgica</translation>
    </message>
    <message>
        <source>Identification Date</source>
        <translation>Fecha de identificación</translation>
    </message>
    <message>
        <source>Batch Field Separator</source>
        <translation>Separador de campos del lote</translation>
    </message>
    <message>
        <source>Batch Encoding Characters</source>
        <translation>Caracteres de codificación del lote</translation>
    </message>
    <message>
        <source>Batch Sending Application</source>
        <translation>Aplicación emisora del lote</translation>
    </message>
    <message>
        <source>Batch Sending Facility</source>
        <translation>Centro emisor del lote</translation>
    </message>
    <message>
        <source>Batch Receiving Application</source>
        <translation>Aplicación receptora del lote</translation>
    </message>
    <message>
        <source>Batch Receiving Facility</source>
        <translation>Centro receptor del lote</translation>
    </message>
    <message>
        <source>Batch Creation Date/Time</source>
        <translation>Fecha/hora de creación del lote</translation>
    </message>
    <message>
        <source>Batch Security</source>
        <translation>Seguridad del lote</translation>
    </message>
    <message>
        <source>Batch Name/ID/Type</source>
        <translation>Nombre/ID/tipo del lote</translation>
    </message>
    <message>
        <source>Batch Comment</source>
        <translation>Comentario del lote</translation>
    </message>
    <message>
        <source>Batch Control ID</source>
        <translation>ID de control del lote</translation>
    </message>
    <message>
        <source>Reference Batch Control ID</source>
        <translation>ID de control del lote de referencia</translation>
    </message>
    <message>
        <source>Batch Message Count</source>
        <translation>Número de mensajes del lote</translation>
    </message>
    <message>
        <source>Batch Totals</source>
        <translation>Totales del lote</translation>
    </message>
    <message>
        <source>Set ID - DG1</source>
        <translation>ID de conjunto - DG1</translation>
    </message>
    <message>
        <source>Diagnosis Coding Method</source>
        <translation>Método de codificación del diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis Code - DG1</source>
        <translation>Código de diagnóstico - DG1</translation>
    </message>
    <message>
        <source>Diagnosis Description</source>
        <translation>Descripción del diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis Date/Time</source>
        <translation>Fecha/hora del diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis Type</source>
        <translation>Tipo de diagnóstico</translation>
    </message>
    <message>
        <source>Major Diagnostic Category</source>
        <translation>Categoría diagnóstica mayor</translation>
    </message>
    <message>
        <source>Diagnostic Related Group</source>
        <translation>Grupo relacionado por el diagnóstico</translation>
    </message>
    <message>
        <source>DRG Approval Indicator</source>
        <translation>Indicador de aprobación del GRD</translation>
    </message>
    <message>
        <source>DRG Grouper Review Code</source>
        <translation>Código de revisión del agrupador GRD</translation>
    </message>
    <message>
        <source>Outlier Type</source>
        <translation>Tipo de caso atípico</translation>
    </message>
    <message>
        <source>Outlier Days</source>
        <translation>Días de caso atípico</translation>
    </message>
    <message>
        <source>Outlier Cost</source>
        <translation>Costo de caso atípico</translation>
    </message>
    <message>
        <source>Grouper Version and Type</source>
        <translation>Versión y tipo de agrupador</translation>
    </message>
    <message>
        <source>Diagnosis Priority</source>
        <translation>Prioridad del diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosing Clinician</source>
        <translation>Médico que establece el diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis Classification</source>
        <translation>Clasificación del diagnóstico</translation>
    </message>
    <message>
        <source>Confidential Indicator</source>
        <translation>Indicador de confidencialidad</translation>
    </message>
    <message>
        <source>Attestation Date/Time</source>
        <translation>Fecha/hora de certificación</translation>
    </message>
    <message>
        <source>Diagnosis Identifier</source>
        <translation>Identificador del diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis Action Code</source>
        <translation>Código de acción del diagnóstico</translation>
    </message>
    <message>
        <source>Continuation Pointer</source>
        <translation>Puntero de continuación</translation>
    </message>
    <message>
        <source>Continuation Style</source>
        <translation>Estilo de continuación</translation>
    </message>
    <message>
        <source>Reference Command Number</source>
        <translation>Número de comando de referencia</translation>
    </message>
    <message>
        <source>Remote Control Command</source>
        <translation>Comando de control remoto</translation>
    </message>
    <message>
        <source>Response Required</source>
        <translation>Respuesta requerida</translation>
    </message>
    <message>
        <source>Requested Completion Time</source>
        <translation>Hora de finalización solicitada</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Command Response</source>
        <translation>Respuesta al comando</translation>
    </message>
    <message>
        <source>Date/Time Completed</source>
        <translation>Fecha/hora de finalización</translation>
    </message>
    <message>
        <source>Command Response Parameters</source>
        <translation>Parámetros de la respuesta al comando</translation>
    </message>
    <message>
        <source>Equipment Instance Identifier</source>
        <translation>Identificador de la instancia del equipo</translation>
    </message>
    <message>
        <source>Event Date/Time</source>
        <translation>Fecha/hora del evento</translation>
    </message>
    <message>
        <source>Equipment State</source>
        <translation>Estado del equipo</translation>
    </message>
    <message>
        <source>Local/Remote Control State</source>
        <translation>Estado de control local/remoto</translation>
    </message>
    <message>
        <source>Alert Level</source>
        <translation>Nivel de alerta</translation>
    </message>
    <message>
        <source>Error Code and Location</source>
        <translation>Código y ubicación del error</translation>
    </message>
    <message>
        <source>Error Location</source>
        <translation>Ubicación del error</translation>
    </message>
    <message>
        <source>HL7 Error Code</source>
        <translation>Código de error HL7</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Application Error Code</source>
        <translation>Código de error de la aplicación</translation>
    </message>
    <message>
        <source>Application Error Parameter</source>
        <translation>Parámetro de error de la aplicación</translation>
    </message>
    <message>
        <source>Diagnostic Information</source>
        <translation>Información de diagnóstico</translation>
    </message>
    <message>
        <source>User Message</source>
        <translation>Mensaje para el usuario</translation>
    </message>
    <message>
        <source>Inform Person Indicator</source>
        <translation>Indicador de persona a informar</translation>
    </message>
    <message>
        <source>Override Type</source>
        <translation>Tipo de anulación</translation>
    </message>
    <message>
        <source>Override Reason Code</source>
        <translation>Código del motivo de anulación</translation>
    </message>
    <message>
        <source>Help Desk Contact Point</source>
        <translation>Punto de contacto del servicio de asistencia</translation>
    </message>
    <message>
        <source>Event Type Code</source>
        <translation>Código de tipo de evento</translation>
    </message>
    <message>
        <source>Recorded Date/Time</source>
        <translation>Fecha/hora registrada</translation>
    </message>
    <message>
        <source>Date/Time Planned Event</source>
        <translation>Fecha/hora prevista del evento</translation>
    </message>
    <message>
        <source>Event Reason Code</source>
        <translation>Código del motivo del evento</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>ID del operador</translation>
    </message>
    <message>
        <source>Event Occurred</source>
        <translation>Momento del evento</translation>
    </message>
    <message>
        <source>Event Facility</source>
        <translation>Centro del evento</translation>
    </message>
    <message>
        <source>File Field Separator</source>
        <translation>Separador de campos del archivo</translation>
    </message>
    <message>
        <source>File Encoding Characters</source>
        <translation>Caracteres de codificación del archivo</translation>
    </message>
    <message>
        <source>File Sending Application</source>
        <translation>Aplicación emisora del archivo</translation>
    </message>
    <message>
        <source>File Sending Facility</source>
        <translation>Centro emisor del archivo</translation>
    </message>
    <message>
        <source>File Receiving Application</source>
        <translation>Aplicación receptora del archivo</translation>
    </message>
    <message>
        <source>File Receiving Facility</source>
        <translation>Centro receptor del archivo</translation>
    </message>
    <message>
        <source>File Creation Date/Time</source>
        <translation>Fecha/hora de creación del archivo</translation>
    </message>
    <message>
        <source>File Security</source>
        <translation>Seguridad del archivo</translation>
    </message>
    <message>
        <source>File Name/ID</source>
        <translation>Nombre/ID del archivo</translation>
    </message>
    <message>
        <source>File Header Comment</source>
        <translation>Comentario de la cabecera del archivo</translation>
    </message>
    <message>
        <source>File Control ID</source>
        <translation>ID de control del archivo</translation>
    </message>
    <message>
        <source>Reference File Control ID</source>
        <translation>ID de control del archivo de referencia</translation>
    </message>
    <message>
        <source>File Batch Count</source>
        <translation>Número de lotes del archivo</translation>
    </message>
    <message>
        <source>File Trailer Comment</source>
        <translation>Comentario del cierre del archivo</translation>
    </message>
    <message>
        <source>Acknowledgment Code</source>
        <translation>Código de acuse de recibo</translation>
    </message>
    <message>
        <source>Message Control ID</source>
        <translation>ID de control del mensaje</translation>
    </message>
    <message>
        <source>Text Message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Expected Sequence Number</source>
        <translation>Número de secuencia esperado</translation>
    </message>
    <message>
        <source>Delayed Acknowledgment Type</source>
        <translation>Tipo de acuse de recibo diferido</translation>
    </message>
    <message>
        <source>Error Condition</source>
        <translation>Condición de error</translation>
    </message>
    <message>
        <source>Field Separator</source>
        <translation>Separador de campos</translation>
    </message>
    <message>
        <source>Encoding Characters</source>
        <translation>Caracteres de codificación</translation>
    </message>
    <message>
        <source>Sending Application</source>
        <translation>Aplicación emisora</translation>
    </message>
    <message>
        <source>Sending Facility</source>
        <translation>Centro emisor</translation>
    </message>
    <message>
        <source>Receiving Application</source>
        <translation>Aplicación receptora</translation>
    </message>
    <message>
        <source>Receiving Facility</source>
        <translation>Centro receptor</translation>
    </message>
    <message>
        <source>Date/Time of Message</source>
        <translation>Fecha/hora del mensaje</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Message Type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Processing ID</source>
        <translation>ID de procesamiento</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>ID de versión</translation>
    </message>
    <message>
        <source>Sequence Number</source>
        <translation>Número de secuencia</translation>
    </message>
    <message>
        <source>Accept Acknowledgment Type</source>
        <translation>Tipo de acuse de recibo de aceptación</translation>
    </message>
    <message>
        <source>Application Acknowledgment Type</source>
        <translation>Tipo de acuse de recibo de aplicación</translation>
    </message>
    <message>
        <source>Country Code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Character Set</source>
        <translation>Juego de caracteres</translation>
    </message>
    <message>
        <source>Principal Language of Message</source>
        <translation>Idioma principal del mensaje</translation>
    </message>
    <message>
        <source>Alternate Character Set Handling Scheme</source>
        <translation>Esquema de tratamiento de juegos de caracteres alternativos</translation>
    </message>
    <message>
        <source>Message Profile Identifier</source>
        <translation>Identificador del perfil de mensaje</translation>
    </message>
    <message>
        <source>Set ID - NK1</source>
        <translation>ID de conjunto - NK1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Business Phone Number</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <source>Contact Role</source>
        <translation>Función del contacto</translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End Date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Job Title</source>
        <translation>Puesto del familiar / parte asociada</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Job Code/Class</source>
        <translation>Código/clase de puesto del familiar / parte asociada</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties Employee Number</source>
        <translation>Número de empleado del familiar / parte asociada</translation>
    </message>
    <message>
        <source>Organization Name - NK1</source>
        <translation>Nombre de la organización - NK1</translation>
    </message>
    <message>
        <source>Marital Status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <source>Administrative Sex</source>
        <translation>Sexo administrativo</translation>
    </message>
    <message>
        <source>Date/Time of Birth</source>
        <translation>Fecha/hora de nacimiento</translation>
    </message>
    <message>
        <source>Living Dependency</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Ambulatory Status</source>
        <translation>Estado de movilidad</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>Primary Language</source>
        <translation>Idioma principal</translation>
    </message>
    <message>
        <source>Living Arrangement</source>
        <translation>Situación de convivencia</translation>
    </message>
    <message>
        <source>Publicity Code</source>
        <translation>Código de publicidad</translation>
    </message>
    <message>
        <source>Protection Indicator</source>
        <translation>Indicador de protección</translation>
    </message>
    <message>
        <source>Student Indicator</source>
        <translation>Indicador de estudiante</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religión</translation>
    </message>
    <message>
        <source>Mother&apos;s Maiden Name</source>
        <translation>Apellido de soltera de la madre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Ethnic Group</source>
        <translation>Grupo étnico</translation>
    </message>
    <message>
        <source>Contact Reason</source>
        <translation>Motivo del contacto</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Name</source>
        <translation>Nombre de la persona de contacto</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Telephone Number</source>
        <translation>Teléfono de la persona de contacto</translation>
    </message>
    <message>
        <source>Contact Person&apos;s Address</source>
        <translation>Dirección de la persona de contacto</translation>
    </message>
    <message>
        <source>Next of Kin/Associated Party&apos;s Identifiers</source>
        <translation>Identificadores del familiar/parte asociada</translation>
    </message>
    <message>
        <source>Job Status</source>
        <translation>Situación laboral</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Handicap</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Contact Person Social Security Number</source>
        <translation>Número de la seguridad social de la persona de contacto</translation>
    </message>
    <message>
        <source>Next of Kin Birth Place</source>
        <translation>Lugar de nacimiento del familiar</translation>
    </message>
    <message>
        <source>VIP Indicator</source>
        <translation>Indicador VIP</translation>
    </message>
    <message>
        <source>Set ID - NTE</source>
        <translation>ID de conjunto - NTE</translation>
    </message>
    <message>
        <source>Source of Comment</source>
        <translation>Origen del comentario</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Comment Type</source>
        <translation>Tipo de comentario</translation>
    </message>
    <message>
        <source>Set ID - OBR</source>
        <translation>ID de conjunto - OBR</translation>
    </message>
    <message>
        <source>Placer Order Number</source>
        <translation>Número de orden del solicitante</translation>
    </message>
    <message>
        <source>Filler Order Number</source>
        <translation>Número de orden del ejecutor</translation>
    </message>
    <message>
        <source>Universal Service Identifier</source>
        <translation>Identificador universal del servicio</translation>
    </message>
    <message>
        <source>Priority - OBR</source>
        <translation>Prioridad - OBR</translation>
    </message>
    <message>
        <source>Requested Date/Time</source>
        <translation>Fecha/hora solicitada</translation>
    </message>
    <message>
        <source>Observation Date/Time</source>
        <translation>Fecha/hora de la observación</translation>
    </message>
    <message>
        <source>Observation End Date/Time</source>
        <translation>Fecha/hora de fin de la observación</translation>
    </message>
    <message>
        <source>Collection Volume</source>
        <translation>Volumen recogido</translation>
    </message>
    <message>
        <source>Collector Identifier</source>
        <translation>Identificador de quien obtiene la muestra</translation>
    </message>
    <message>
        <source>Specimen Action Code</source>
        <translation>Código de acción sobre la muestra</translation>
    </message>
    <message>
        <source>Danger Code</source>
        <translation>Código de peligro</translation>
    </message>
    <message>
        <source>Relevant Clinical Information</source>
        <translation>Información clínica relevante</translation>
    </message>
    <message>
        <source>Specimen Received Date/Time</source>
        <translation>Fecha/hora de recepción de la muestra</translation>
    </message>
    <message>
        <source>Specimen Source</source>
        <translation>Origen de la muestra</translation>
    </message>
    <message>
        <source>Ordering Provider</source>
        <translation>Profesional solicitante</translation>
    </message>
    <message>
        <source>Order Callback Phone Number</source>
        <translation>Teléfono de contacto de la orden</translation>
    </message>
    <message>
        <source>Placer Field 1</source>
        <translation>Campo del solicitante 1</translation>
    </message>
    <message>
        <source>Placer Field 2</source>
        <translation>Campo del solicitante 2</translation>
    </message>
    <message>
        <source>Filler Field 1</source>
        <translation>Campo del ejecutor 1</translation>
    </message>
    <message>
        <source>Filler Field 2</source>
        <translation>Campo del ejecutor 2</translation>
    </message>
    <message>
        <source>Results Rpt/Status Chng - Date/Time</source>
        <translation>Fecha/hora de informe de resultados/cambio de estado</translation>
    </message>
    <message>
        <source>Charge to Practice</source>
        <translation>Cargo a la consulta</translation>
    </message>
    <message>
        <source>Diagnostic Serv Sect ID</source>
        <translation>ID de sección del servicio de diagnóstico</translation>
    </message>
    <message>
        <source>Result Status</source>
        <translation>Estado del resultado</translation>
    </message>
    <message>
        <source>Parent Result</source>
        <translation>Resultado padre</translation>
    </message>
    <message>
        <source>Quantity/Timing</source>
        <translation>Cantidad/temporización</translation>
    </message>
    <message>
        <source>Result Copies To</source>
        <translation>Copias del resultado a</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Transportation Mode</source>
        <translation>Modo de transporte</translation>
    </message>
    <message>
        <source>Reason for Study</source>
        <translation>Motivo del estudio</translation>
    </message>
    <message>
        <source>Principal Result Interpreter</source>
        <translation>Intérprete principal del resultado</translation>
    </message>
    <message>
        <source>Assistant Result Interpreter</source>
        <translation>Intérprete auxiliar del resultado</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Transcriptionist</source>
        <translation>Transcriptor</translation>
    </message>
    <message>
        <source>Scheduled Date/Time</source>
        <translation>Fecha/hora programada</translation>
    </message>
    <message>
        <source>Number of Sample Containers</source>
        <translation>Número de contenedores de muestra</translation>
    </message>
    <message>
        <source>Transport Logistics of Collected Sample</source>
        <translation>Logística de transporte de la muestra obtenida</translation>
    </message>
    <message>
        <source>Collector&apos;s Comment</source>
        <translation>Comentario de quien obtiene la muestra</translation>
    </message>
    <message>
        <source>Transport Arrangement Responsibility</source>
        <translation>Responsable de organizar el transporte</translation>
    </message>
    <message>
        <source>Transport Arranged</source>
        <translation>Transporte organizado</translation>
    </message>
    <message>
        <source>Escort Required</source>
        <translation>Acompañante requerido</translation>
    </message>
    <message>
        <source>Planned Patient Transport Comment</source>
        <translation>Comentario sobre el transporte previsto del paciente</translation>
    </message>
    <message>
        <source>Procedure Code</source>
        <translation>Código de procedimiento</translation>
    </message>
    <message>
        <source>Procedure Code Modifier</source>
        <translation>Modificador del código de procedimiento</translation>
    </message>
    <message>
        <source>Placer Supplemental Service Information</source>
        <translation>Información complementaria del servicio (solicitante)</translation>
    </message>
    <message>
        <source>Filler Supplemental Service Information</source>
        <translation>Información complementaria del servicio (ejecutor)</translation>
    </message>
    <message>
        <source>Medically Necessary Duplicate Procedure Reason</source>
        <translation>Motivo de procedimiento duplicado médicamente necesario</translation>
    </message>
    <message>
        <source>Result Handling</source>
        <translation>Tratamiento del resultado</translation>
    </message>
    <message>
        <source>Parent Universal Service Identifier</source>
        <translation>Identificador universal del servicio padre</translation>
    </message>
    <message>
        <source>Set ID - OBX</source>
        <translation>ID de conjunto - OBX</translation>
    </message>
    <message>
        <source>Value Type</source>
        <translation>Tipo de valor</translation>
    </message>
    <message>
        <source>Observation Identifier</source>
        <translation>Identificador de la observación</translation>
    </message>
    <message>
        <source>Observation Sub-ID</source>
        <translation>Sub-ID de la observación</translation>
    </message>
    <message>
        <source>Observation Value</source>
        <translation>Valor de la observación</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>References Range</source>
        <translation>Rango de referencia</translation>
    </message>
    <message>
        <source>Abnormal Flags</source>
        <translation>Indicadores de anormalidad</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Nature of Abnormal Test</source>
        <translation>Naturaleza de la prueba anormal</translation>
    </message>
    <message>
        <source>Observation Result Status</source>
        <translation>Estado del resultado de la observación</translation>
    </message>
    <message>
        <source>Effective Date of Reference Range Values</source>
        <translation>Fecha de vigencia de los valores del rango de referencia</translation>
    </message>
    <message>
        <source>User Defined Access Checks</source>
        <translation>Comprobaciones de acceso definidas por el usuario</translation>
    </message>
    <message>
        <source>Date/Time of the Observation</source>
        <translation>Fecha/hora de la observación</translation>
    </message>
    <message>
        <source>Producer&apos;s Reference</source>
        <translation>Referencia del productor</translation>
    </message>
    <message>
        <source>Responsible Observer</source>
        <translation>Observador responsable</translation>
    </message>
    <message>
        <source>Observation Method</source>
        <translation>Método de observación</translation>
    </message>
    <message>
        <source>Date/Time of the Analysis</source>
        <translation>Fecha/hora del análisis</translation>
    </message>
    <message>
        <source>Reserved for harmonization with V2.6</source>
        <translation>Reservado para la armonización con V2.6</translation>
    </message>
    <message>
        <source>Performing Organization Name</source>
        <translation>Nombre de la organización ejecutora</translation>
    </message>
    <message>
        <source>Performing Organization Address</source>
        <translation>Dirección de la organización ejecutora</translation>
    </message>
    <message>
        <source>Performing Organization Medical Director</source>
        <translation>Director médico de la organización ejecutora</translation>
    </message>
    <message>
        <source>Order Control</source>
        <translation>Control de la orden</translation>
    </message>
    <message>
        <source>Placer Group Number</source>
        <translation>Número de grupo del solicitante</translation>
    </message>
    <message>
        <source>Order Status</source>
        <translation>Estado de la orden</translation>
    </message>
    <message>
        <source>Response Flag</source>
        <translation>Indicador de respuesta</translation>
    </message>
    <message>
        <source>Date/Time of Transaction</source>
        <translation>Fecha/hora de la transacción</translation>
    </message>
    <message>
        <source>Entered By</source>
        <translation>Introducido por</translation>
    </message>
    <message>
        <source>Verified By</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Enterer&apos;s Location</source>
        <translation>Ubicación de quien introduce la orden</translation>
    </message>
    <message>
        <source>Call Back Phone Number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Order Effective Date/Time</source>
        <translation>Fecha/hora de vigencia de la orden</translation>
    </message>
    <message>
        <source>Order Control Code Reason</source>
        <translation>Motivo del código de control de la orden</translation>
    </message>
    <message>
        <source>Entering Organization</source>
        <translation>Organización que introduce la orden</translation>
    </message>
    <message>
        <source>Entering Device</source>
        <translation>Dispositivo de entrada</translation>
    </message>
    <message>
        <source>Action By</source>
        <translation>Acción realizada por</translation>
    </message>
    <message>
        <source>Advanced Beneficiary Notice Code</source>
        <translation>Código de aviso anticipado al beneficiario</translation>
    </message>
    <message>
        <source>Ordering Facility Name</source>
        <translation>Nombre del centro solicitante</translation>
    </message>
    <message>
        <source>Ordering Facility Address</source>
        <translation>Dirección del centro solicitante</translation>
    </message>
    <message>
        <source>Ordering Facility Phone Number</source>
        <translation>Teléfono del centro solicitante</translation>
    </message>
    <message>
        <source>Ordering Provider Address</source>
        <translation>Dirección del profesional solicitante</translation>
    </message>
    <message>
        <source>Order Status Modifier</source>
        <translation>Modificador del estado de la orden</translation>
    </message>
    <message>
        <source>Advanced Beneficiary Notice Override Reason</source>
        <translation>Motivo de anulación del aviso anticipado al beneficiario</translation>
    </message>
    <message>
        <source>Filler&apos;s Expected Availability Date/Time</source>
        <translation>Fecha/hora de disponibilidad prevista del ejecutor</translation>
    </message>
    <message>
        <source>Confidentiality Code</source>
        <translation>Código de confidencialidad</translation>
    </message>
    <message>
        <source>Order Type</source>
        <translation>Tipo de orden</translation>
    </message>
    <message>
        <source>Enterer Authorization Mode</source>
        <translation>Modo de autorización de quien introduce la orden</translation>
    </message>
    <message>
        <source>Patient Primary Facility</source>
        <translation>Centro principal del paciente</translation>
    </message>
    <message>
        <source>Patient Primary Care Provider Name &amp; ID No.</source>
        <translation>Nombre y n.º de ID del profesional de atención primaria del paciente</translation>
    </message>
    <message>
        <source>Living Will Code</source>
        <translation>Código de testamento vital</translation>
    </message>
    <message>
        <source>Organ Donor Code</source>
        <translation>Código de donante de órganos</translation>
    </message>
    <message>
        <source>Separate Bill</source>
        <translation>Factura separada</translation>
    </message>
    <message>
        <source>Duplicate Patient</source>
        <translation>Paciente duplicado</translation>
    </message>
    <message>
        <source>Protection Indicator Effective Date</source>
        <translation>Fecha de vigencia del indicador de protección</translation>
    </message>
    <message>
        <source>Place of Worship</source>
        <translation>Lugar de culto</translation>
    </message>
    <message>
        <source>Advance Directive Code</source>
        <translation>Código de instrucciones previas</translation>
    </message>
    <message>
        <source>Immunization Registry Status</source>
        <translation>Estado en el registro de vacunación</translation>
    </message>
    <message>
        <source>Immunization Registry Status Effective Date</source>
        <translation>Fecha de vigencia del estado en el registro de vacunación</translation>
    </message>
    <message>
        <source>Publicity Code Effective Date</source>
        <translation>Fecha de vigencia del código de publicidad</translation>
    </message>
    <message>
        <source>Military Branch</source>
        <translation>Rama militar</translation>
    </message>
    <message>
        <source>Military Rank/Grade</source>
        <translation>Rango/grado militar</translation>
    </message>
    <message>
        <source>Military Status</source>
        <translation>Situación militar</translation>
    </message>
    <message>
        <source>Set ID - PID</source>
        <translation>ID de conjunto - PID</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Patient Identifier List</source>
        <translation>Lista de identificadores del paciente</translation>
    </message>
    <message>
        <source>Alternate Patient ID - PID</source>
        <translation>ID alternativo del paciente - PID</translation>
    </message>
    <message>
        <source>Patient Name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient Alias</source>
        <translation>Alias del paciente</translation>
    </message>
    <message>
        <source>Patient Address</source>
        <translation>Dirección del paciente</translation>
    </message>
    <message>
        <source>County Code</source>
        <translation>Código de condado</translation>
    </message>
    <message>
        <source>Phone Number - Home</source>
        <translation>Teléfono - domicilio</translation>
    </message>
    <message>
        <source>Phone Number - Business</source>
        <translation>Teléfono - trabajo</translation>
    </message>
    <message>
        <source>Patient Account Number</source>
        <translation>Número de cuenta del paciente</translation>
    </message>
    <message>
        <source>SSN Number - Patient</source>
        <translation>Número de la seguridad social - paciente</translation>
    </message>
    <message>
        <source>Driver&apos;s License Number - Patient</source>
        <translation>Número del permiso de conducir - paciente</translation>
    </message>
    <message>
        <source>Mother&apos;s Identifier</source>
        <translation>Identificador de la madre</translation>
    </message>
    <message>
        <source>Birth Place</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <source>Multiple Birth Indicator</source>
        <translation>Indicador de parto múltiple</translation>
    </message>
    <message>
        <source>Birth Order</source>
        <translation>Orden de nacimiento</translation>
    </message>
    <message>
        <source>Veterans Military Status</source>
        <translation>Situación militar de veterano</translation>
    </message>
    <message>
        <source>Patient Death Date and Time</source>
        <translation>Fecha y hora de fallecimiento del paciente</translation>
    </message>
    <message>
        <source>Patient Death Indicator</source>
        <translation>Indicador de fallecimiento del paciente</translation>
    </message>
    <message>
        <source>Identity Unknown Indicator</source>
        <translation>Indicador de identidad desconocida</translation>
    </message>
    <message>
        <source>Identity Reliability Code</source>
        <translation>Código de fiabilidad de la identidad</translation>
    </message>
    <message>
        <source>Last Update Date/Time</source>
        <translation>Fecha/hora de la última actualización</translation>
    </message>
    <message>
        <source>Last Update Facility</source>
        <translation>Centro de la última actualización</translation>
    </message>
    <message>
        <source>Species Code</source>
        <translation>Código de especie</translation>
    </message>
    <message>
        <source>Breed Code</source>
        <translation>Código de raza animal</translation>
    </message>
    <message>
        <source>Strain</source>
        <translation>Cepa</translation>
    </message>
    <message>
        <source>Production Class Code</source>
        <translation>Código de clase de producción</translation>
    </message>
    <message>
        <source>Tribal Citizenship</source>
        <translation>Ciudadanía tribal</translation>
    </message>
    <message>
        <source>Set ID - PV1</source>
        <translation>ID de conjunto - PV1</translation>
    </message>
    <message>
        <source>Patient Class</source>
        <translation>Clase de paciente</translation>
    </message>
    <message>
        <source>Assigned Patient Location</source>
        <translation>Ubicación asignada del paciente</translation>
    </message>
    <message>
        <source>Admission Type</source>
        <translation>Tipo de ingreso</translation>
    </message>
    <message>
        <source>Preadmit Number</source>
        <translation>Número de preingreso</translation>
    </message>
    <message>
        <source>Prior Patient Location</source>
        <translation>Ubicación anterior del paciente</translation>
    </message>
    <message>
        <source>Attending Doctor</source>
        <translation>Médico responsable</translation>
    </message>
    <message>
        <source>Referring Doctor</source>
        <translation>Médico remitente</translation>
    </message>
    <message>
        <source>Consulting Doctor</source>
        <translation>Médico consultor</translation>
    </message>
    <message>
        <source>Hospital Service</source>
        <translation>Servicio hospitalario</translation>
    </message>
    <message>
        <source>Temporary Location</source>
        <translation>Ubicación temporal</translation>
    </message>
    <message>
        <source>Preadmit Test Indicator</source>
        <translation>Indicador de pruebas de preingreso</translation>
    </message>
    <message>
        <source>Re-admission Indicator</source>
        <translation>Indicador de reingreso</translation>
    </message>
    <message>
        <source>Admit Source</source>
        <translation>Origen del ingreso</translation>
    </message>
    <message>
        <source>Admitting Doctor</source>
        <translation>Médico que ordena el ingreso</translation>
    </message>
    <message>
        <source>Patient Type</source>
        <translation>Tipo de paciente</translation>
    </message>
    <message>
        <source>Visit Number</source>
        <translation>Número de visita</translation>
    </message>
    <message>
        <source>Financial Class</source>
        <translation>Clase financiera</translation>
    </message>
    <message>
        <source>Charge Price Indicator</source>
        <translation>Indicador de precio de cargo</translation>
    </message>
    <message>
        <source>Courtesy Code</source>
        <translation>Código de cortesía</translation>
    </message>
    <message>
        <source>Credit Rating</source>
        <translation>Calificación crediticia</translation>
    </message>
    <message>
        <source>Contract Code</source>
        <translation>Código de contrato</translation>
    </message>
    <message>
        <source>Contract Effective Date</source>
        <translation>Fecha de vigencia del contrato</translation>
    </message>
    <message>
        <source>Contract Amount</source>
        <translation>Importe del contrato</translation>
    </message>
    <message>
        <source>Contract Period</source>
        <translation>Periodo del contrato</translation>
    </message>
    <message>
        <source>Interest Code</source>
        <translation>Código de intereses</translation>
    </message>
    <message>
        <source>Transfer to Bad Debt Code</source>
        <translation>Código de traspaso a deuda incobrable</translation>
    </message>
    <message>
        <source>Transfer to Bad Debt Date</source>
        <translation>Fecha de traspaso a deuda incobrable</translation>
    </message>
    <message>
        <source>Bad Debt Agency Code</source>
        <translation>Código de la agencia de deudas incobrables</translation>
    </message>
    <message>
        <source>Bad Debt Transfer Amount</source>
        <translation>Importe traspasado a deuda incobrable</translation>
    </message>
    <message>
        <source>Bad Debt Recovery Amount</source>
        <translation>Importe recuperado de deuda incobrable</translation>
    </message>
    <message>
        <source>Delete Account Indicator</source>
        <translation>Indicador de cuenta eliminada</translation>
    </message>
    <message>
        <source>Delete Account Date</source>
        <translation>Fecha de eliminación de la cuenta</translation>
    </message>
    <message>
        <source>Discharge Disposition</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <source>Discharged to Location</source>
        <translation>Ubicación de destino al alta</translation>
    </message>
    <message>
        <source>Diet Type</source>
        <translation>Tipo de dieta</translation>
    </message>
    <message>
        <source>Servicing Facility</source>
        <translation>Centro que presta el servicio</translation>
    </message>
    <message>
        <source>Bed Status</source>
        <translation>Estado de la cama</translation>
    </message>
    <message>
        <source>Account Status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>Pending Location</source>
        <translation>Ubicación pendiente</translation>
    </message>
    <message>
        <source>Prior Temporary Location</source>
        <translation>Ubicación temporal anterior</translation>
    </message>
    <message>
        <source>Admit Date/Time</source>
        <translation>Fecha/hora de ingreso</translation>
    </message>
    <message>
        <source>Discharge Date/Time</source>
        <translation>Fecha/hora de alta</translation>
    </message>
    <message>
        <source>Current Patient Balance</source>
        <translation>Saldo actual del paciente</translation>
    </message>
    <message>
        <source>Total Charges</source>
        <translation>Total de cargos</translation>
    </message>
    <message>
        <source>Total Adjustments</source>
        <translation>Total de ajustes</translation>
    </message>
    <message>
        <source>Total Payments</source>
        <translation>Total de pagos</translation>
    </message>
    <message>
        <source>Alternate Visit ID</source>
        <translation>ID alternativo de la visita</translation>
    </message>
    <message>
        <source>Visit Indicator</source>
        <translation>Indicador de visita</translation>
    </message>
    <message>
        <source>Other Healthcare Provider</source>
        <translation>Otro profesional sanitario</translation>
    </message>
    <message>
        <source>Prior Pending Location</source>
        <translation>Ubicación pendiente anterior</translation>
    </message>
    <message>
        <source>Accommodation Code</source>
        <translation>Código de alojamiento</translation>
    </message>
    <message>
        <source>Admit Reason</source>
        <translation>Motivo del ingreso</translation>
    </message>
    <message>
        <source>Transfer Reason</source>
        <translation>Motivo del traslado</translation>
    </message>
    <message>
        <source>Patient Valuables</source>
        <translation>Objetos de valor del paciente</translation>
    </message>
    <message>
        <source>Patient Valuables Location</source>
        <translation>Ubicación de los objetos de valor del paciente</translation>
    </message>
    <message>
        <source>Visit User Code</source>
        <translation>Código de usuario de la visita</translation>
    </message>
    <message>
        <source>Expected Admit Date/Time</source>
        <translation>Fecha/hora prevista de ingreso</translation>
    </message>
    <message>
        <source>Expected Discharge Date/Time</source>
        <translation>Fecha/hora prevista de alta</translation>
    </message>
    <message>
        <source>Estimated Length of Inpatient Stay</source>
        <translation>Duración estimada de la hospitalización</translation>
    </message>
    <message>
        <source>Actual Length of Inpatient Stay</source>
        <translation>Duración real de la hospitalización</translation>
    </message>
    <message>
        <source>Visit Description</source>
        <translation>Descripción de la visita</translation>
    </message>
    <message>
        <source>Referral Source Code</source>
        <translation>Código del origen de la derivación</translation>
    </message>
    <message>
        <source>Previous Service Date</source>
        <translation>Fecha del servicio anterior</translation>
    </message>
    <message>
        <source>Employment Illness Related Indicator</source>
        <translation>Indicador de enfermedad laboral</translation>
    </message>
    <message>
        <source>Purge Status Code</source>
        <translation>Código de estado de depuración</translation>
    </message>
    <message>
        <source>Purge Status Date</source>
        <translation>Fecha de estado de depuración</translation>
    </message>
    <message>
        <source>Special Program Code</source>
        <translation>Código de programa especial</translation>
    </message>
    <message>
        <source>Retention Indicator</source>
        <translation>Indicador de retención</translation>
    </message>
    <message>
        <source>Expected Number of Insurance Plans</source>
        <translation>Número previsto de planes de seguro</translation>
    </message>
    <message>
        <source>Visit Publicity Code</source>
        <translation>Código de publicidad de la visita</translation>
    </message>
    <message>
        <source>Visit Protection Indicator</source>
        <translation>Indicador de protección de la visita</translation>
    </message>
    <message>
        <source>Clinic Organization Name</source>
        <translation>Nombre de la organización clínica</translation>
    </message>
    <message>
        <source>Patient Status Code</source>
        <translation>Código de estado del paciente</translation>
    </message>
    <message>
        <source>Visit Priority Code</source>
        <translation>Código de prioridad de la visita</translation>
    </message>
    <message>
        <source>Previous Treatment Date</source>
        <translation>Fecha del tratamiento anterior</translation>
    </message>
    <message>
        <source>Expected Discharge Disposition</source>
        <translation>Destino previsto al alta</translation>
    </message>
    <message>
        <source>Signature on File Date</source>
        <translation>Fecha de la firma archivada</translation>
    </message>
    <message>
        <source>First Similar Illness Date</source>
        <translation>Fecha de la primera enfermedad similar</translation>
    </message>
    <message>
        <source>Patient Charge Adjustment Code</source>
        <translation>Código de ajuste de cargos al paciente</translation>
    </message>
    <message>
        <source>Recurring Service Code</source>
        <translation>Código de servicio recurrente</translation>
    </message>
    <message>
        <source>Billing Media Code</source>
        <translation>Código de medio de facturación</translation>
    </message>
    <message>
        <source>Expected Surgery Date and Time</source>
        <translation>Fecha y hora prevista de la cirugía</translation>
    </message>
    <message>
        <source>Military Partnership Code</source>
        <translation>Código de colaboración militar</translation>
    </message>
    <message>
        <source>Military Non-Availability Code</source>
        <translation>Código de no disponibilidad militar</translation>
    </message>
    <message>
        <source>Newborn Baby Indicator</source>
        <translation>Indicador de recién nacido</translation>
    </message>
    <message>
        <source>Baby Detained Indicator</source>
        <translation>Indicador de bebé retenido</translation>
    </message>
    <message>
        <source>Mode of Arrival Code</source>
        <translation>Código del modo de llegada</translation>
    </message>
    <message>
        <source>Recreational Drug Use Code</source>
        <translation>Código de consumo de drogas recreativas</translation>
    </message>
    <message>
        <source>Admission Level of Care Code</source>
        <translation>Código del nivel asistencial al ingreso</translation>
    </message>
    <message>
        <source>Precaution Code</source>
        <translation>Código de precaución</translation>
    </message>
    <message>
        <source>Patient Condition Code</source>
        <translation>Código del estado clínico del paciente</translation>
    </message>
    <message>
        <source>Patient Status Effective Date</source>
        <translation>Fecha de vigencia del estado del paciente</translation>
    </message>
    <message>
        <source>Expected LOA Return Date/Time</source>
        <translation>Fecha/hora prevista de regreso del permiso de ausencia</translation>
    </message>
    <message>
        <source>Expected Pre-admission Testing Date/Time</source>
        <translation>Fecha/hora prevista de las pruebas de preingreso</translation>
    </message>
    <message>
        <source>Notify Clergy Code</source>
        <translation>Código de aviso al servicio religioso</translation>
    </message>
    <message>
        <source>Query Tag</source>
        <translation>Etiqueta de la consulta</translation>
    </message>
    <message>
        <source>Query Response Status</source>
        <translation>Estado de la respuesta a la consulta</translation>
    </message>
    <message>
        <source>Message Query Name</source>
        <translation>Nombre de la consulta del mensaje</translation>
    </message>
    <message>
        <source>Hit Count</source>
        <translation>Número de coincidencias</translation>
    </message>
    <message>
        <source>This Payload</source>
        <translation>Coincidencias en esta respuesta</translation>
    </message>
    <message>
        <source>Hits Remaining</source>
        <translation>Coincidencias restantes</translation>
    </message>
    <message>
        <source>User Parameters (in successive fields)</source>
        <translation>Parámetros de usuario (en campos sucesivos)</translation>
    </message>
    <message>
        <source>Query Date/Time</source>
        <translation>Fecha/hora de la consulta</translation>
    </message>
    <message>
        <source>Query Format Code</source>
        <translation>Código de formato de la consulta</translation>
    </message>
    <message>
        <source>Query Priority</source>
        <translation>Prioridad de la consulta</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID de la consulta</translation>
    </message>
    <message>
        <source>Deferred Response Type</source>
        <translation>Tipo de respuesta diferida</translation>
    </message>
    <message>
        <source>Deferred Response Date/Time</source>
        <translation>Fecha/hora de la respuesta diferida</translation>
    </message>
    <message>
        <source>Quantity Limited Request</source>
        <translation>Solicitud limitada en cantidad</translation>
    </message>
    <message>
        <source>Who Subject Filter</source>
        <translation>Filtro de sujeto (quién)</translation>
    </message>
    <message>
        <source>What Subject Filter</source>
        <translation>Filtro de sujeto (qué)</translation>
    </message>
    <message>
        <source>What Department Data Code</source>
        <translation>Código de datos del departamento (qué)</translation>
    </message>
    <message>
        <source>What Data Code Value Qual.</source>
        <translation>Calif. de valor del código de datos (qué)</translation>
    </message>
    <message>
        <source>Query Results Level</source>
        <translation>Nivel de resultados de la consulta</translation>
    </message>
    <message>
        <source>Where Subject Filter</source>
        <translation>Filtro de sujeto (dónde)</translation>
    </message>
    <message>
        <source>When Data Start Date/Time</source>
        <translation>Fecha/hora de inicio de los datos (cuándo)</translation>
    </message>
    <message>
        <source>When Data End Date/Time</source>
        <translation>Fecha/hora de fin de los datos (cuándo)</translation>
    </message>
    <message>
        <source>What User Qualifier</source>
        <translation>Calificador de usuario (qué)</translation>
    </message>
    <message>
        <source>Other QRY Subject Filter</source>
        <translation>Otro filtro de sujeto QRY</translation>
    </message>
    <message>
        <source>Which Date/Time Qualifier</source>
        <translation>Calificador de fecha/hora (cuál)</translation>
    </message>
    <message>
        <source>Which Date/Time Status Qualifier</source>
        <translation>Calificador de estado de fecha/hora (cuál)</translation>
    </message>
    <message>
        <source>Date/Time Selection Qualifier</source>
        <translation>Calificador de selección de fecha/hora</translation>
    </message>
    <message>
        <source>When Quantity/Timing Qualifier</source>
        <translation>Calificador de cantidad/temporización (cuándo)</translation>
    </message>
    <message>
        <source>Search Confidence Threshold</source>
        <translation>Umbral de confianza de la búsqueda</translation>
    </message>
    <message>
        <source>Response Modality</source>
        <translation>Modalidad de respuesta</translation>
    </message>
    <message>
        <source>Execution and Delivery Time</source>
        <translation>Tiempo de ejecución y entrega</translation>
    </message>
    <message>
        <source>Modify Indicator</source>
        <translation>Indicador de modificación</translation>
    </message>
    <message>
        <source>Sort-by Field</source>
        <translation>Campo de ordenación</translation>
    </message>
    <message>
        <source>Segment Group Inclusion</source>
        <translation>Inclusión de grupos de segmentos</translation>
    </message>
    <message>
        <source>External Accession Identifier</source>
        <translation>Identificador de registro externo</translation>
    </message>
    <message>
        <source>Accession Identifier</source>
        <translation>Identificador de registro</translation>
    </message>
    <message>
        <source>Container Identifier</source>
        <translation>Identificador del contenedor</translation>
    </message>
    <message>
        <source>Primary (Parent) Container Identifier</source>
        <translation>Identificador del contenedor primario (padre)</translation>
    </message>
    <message>
        <source>Equipment Container Identifier</source>
        <translation>Identificador del contenedor en el equipo</translation>
    </message>
    <message>
        <source>Registration Date/Time</source>
        <translation>Fecha/hora de registro</translation>
    </message>
    <message>
        <source>Container Status</source>
        <translation>Estado del contenedor</translation>
    </message>
    <message>
        <source>Carrier Type</source>
        <translation>Tipo de portador</translation>
    </message>
    <message>
        <source>Carrier Identifier</source>
        <translation>Identificador del portador</translation>
    </message>
    <message>
        <source>Position in Carrier</source>
        <translation>Posición en el portador</translation>
    </message>
    <message>
        <source>Tray Type - SAC</source>
        <translation>Tipo de bandeja - SAC</translation>
    </message>
    <message>
        <source>Tray Identifier</source>
        <translation>Identificador de la bandeja</translation>
    </message>
    <message>
        <source>Position in Tray</source>
        <translation>Posición en la bandeja</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Container Height</source>
        <translation>Altura del contenedor</translation>
    </message>
    <message>
        <source>Container Diameter</source>
        <translation>Diámetro del contenedor</translation>
    </message>
    <message>
        <source>Barrier Delta</source>
        <translation>Delta de la barrera</translation>
    </message>
    <message>
        <source>Bottom Delta</source>
        <translation>Delta del fondo</translation>
    </message>
    <message>
        <source>Container Height/Diameter/Delta Units</source>
        <translation>Unidades de altura/diámetro/delta del contenedor</translation>
    </message>
    <message>
        <source>Container Volume</source>
        <translation>Volumen del contenedor</translation>
    </message>
    <message>
        <source>Available Specimen Volume</source>
        <translation>Volumen de muestra disponible</translation>
    </message>
    <message>
        <source>Initial Specimen Volume</source>
        <translation>Volumen inicial de muestra</translation>
    </message>
    <message>
        <source>Volume Units</source>
        <translation>Unidades de volumen</translation>
    </message>
    <message>
        <source>Separator Type</source>
        <translation>Tipo de separador</translation>
    </message>
    <message>
        <source>Cap Type</source>
        <translation>Tipo de tapón</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>Aditivo</translation>
    </message>
    <message>
        <source>Specimen Component</source>
        <translation>Componente de la muestra</translation>
    </message>
    <message>
        <source>Dilution Factor</source>
        <translation>Factor de dilución</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Hemolysis Index</source>
        <translation>Índice de hemólisis</translation>
    </message>
    <message>
        <source>Hemolysis Index Units</source>
        <translation>Unidades del índice de hemólisis</translation>
    </message>
    <message>
        <source>Lipemia Index</source>
        <translation>Índice de lipemia</translation>
    </message>
    <message>
        <source>Lipemia Index Units</source>
        <translation>Unidades del índice de lipemia</translation>
    </message>
    <message>
        <source>Icterus Index</source>
        <translation>Índice de ictericia</translation>
    </message>
    <message>
        <source>Icterus Index Units</source>
        <translation>Unidades del índice de ictericia</translation>
    </message>
    <message>
        <source>Fibrin Index</source>
        <translation>Índice de fibrina</translation>
    </message>
    <message>
        <source>Fibrin Index Units</source>
        <translation>Unidades del índice de fibrina</translation>
    </message>
    <message>
        <source>System Induced Contaminants</source>
        <translation>Contaminantes inducidos por el sistema</translation>
    </message>
    <message>
        <source>Drug Interference</source>
        <translation>Interferencia farmacológica</translation>
    </message>
    <message>
        <source>Artificial Blood</source>
        <translation>Sangre artificial</translation>
    </message>
    <message>
        <source>Special Handling Code</source>
        <translation>Código de manipulación especial</translation>
    </message>
    <message>
        <source>Other Environmental Factors</source>
        <translation>Otros factores ambientales</translation>
    </message>
    <message>
        <source>Software Vendor Organization</source>
        <translation>Organización proveedora del software</translation>
    </message>
    <message>
        <source>Software Certified Version or Release Number</source>
        <translation>Versión certificada o número de publicación del software</translation>
    </message>
    <message>
        <source>Software Product Name</source>
        <translation>Nombre del producto de software</translation>
    </message>
    <message>
        <source>Software Binary ID</source>
        <translation>ID binario del software</translation>
    </message>
    <message>
        <source>Software Product Information</source>
        <translation>Información del producto de software</translation>
    </message>
    <message>
        <source>Software Install Date</source>
        <translation>Fecha de instalación del software</translation>
    </message>
    <message>
        <source>Application/Method Identifier</source>
        <translation>Identificador de aplicación/método</translation>
    </message>
    <message>
        <source>Substance Lot Number</source>
        <translation>Número de lote de la sustancia</translation>
    </message>
    <message>
        <source>Substance Container Identifier</source>
        <translation>Identificador del contenedor de la sustancia</translation>
    </message>
    <message>
        <source>Substance Manufacturer Identifier</source>
        <translation>Identificador del fabricante de la sustancia</translation>
    </message>
    <message>
        <source>Set ID - SPM</source>
        <translation>ID de conjunto - SPM</translation>
    </message>
    <message>
        <source>Specimen ID</source>
        <translation>ID de la muestra</translation>
    </message>
    <message>
        <source>Specimen Parent IDs</source>
        <translation>ID de las muestras padre</translation>
    </message>
    <message>
        <source>Specimen Type</source>
        <translation>Tipo de muestra</translation>
    </message>
    <message>
        <source>Specimen Type Modifier</source>
        <translation>Modificador del tipo de muestra</translation>
    </message>
    <message>
        <source>Specimen Additives</source>
        <translation>Aditivos de la muestra</translation>
    </message>
    <message>
        <source>Specimen Collection Method</source>
        <translation>Método de obtención de la muestra</translation>
    </message>
    <message>
        <source>Specimen Source Site</source>
        <translation>Sitio de origen de la muestra</translation>
    </message>
    <message>
        <source>Specimen Source Site Modifier</source>
        <translation>Modificador del sitio de origen de la muestra</translation>
    </message>
    <message>
        <source>Specimen Collection Site</source>
        <translation>Sitio de obtención de la muestra</translation>
    </message>
    <message>
        <source>Specimen Role</source>
        <translation>Función de la muestra</translation>
    </message>
    <message>
        <source>Specimen Collection Amount</source>
        <translation>Cantidad de muestra obtenida</translation>
    </message>
    <message>
        <source>Grouped Specimen Count</source>
        <translation>Número de muestras agrupadas</translation>
    </message>
    <message>
        <source>Specimen Description</source>
        <translation>Descripción de la muestra</translation>
    </message>
    <message>
        <source>Specimen Handling Code</source>
        <translation>Código de manipulación de la muestra</translation>
    </message>
    <message>
        <source>Specimen Risk Code</source>
        <translation>Código de riesgo de la muestra</translation>
    </message>
    <message>
        <source>Specimen Collection Date/Time</source>
        <translation>Fecha/hora de obtención de la muestra</translation>
    </message>
    <message>
        <source>Specimen Expiration Date/Time</source>
        <translation>Fecha/hora de caducidad de la muestra</translation>
    </message>
    <message>
        <source>Specimen Availability</source>
        <translation>Disponibilidad de la muestra</translation>
    </message>
    <message>
        <source>Specimen Reject Reason</source>
        <translation>Motivo de rechazo de la muestra</translation>
    </message>
    <message>
        <source>Specimen Quality</source>
        <translation>Calidad de la muestra</translation>
    </message>
    <message>
        <source>Specimen Appropriateness</source>
        <translation>Idoneidad de la muestra</translation>
    </message>
    <message>
        <source>Specimen Condition</source>
        <translation>Condición de la muestra</translation>
    </message>
    <message>
        <source>Specimen Current Quantity</source>
        <translation>Cantidad actual de muestra</translation>
    </message>
    <message>
        <source>Number of Specimen Containers</source>
        <translation>Número de contenedores de muestra</translation>
    </message>
    <message>
        <source>Container Type</source>
        <translation>Tipo de contenedor</translation>
    </message>
    <message>
        <source>Container Condition</source>
        <translation>Condición del contenedor</translation>
    </message>
    <message>
        <source>Specimen Child Role</source>
        <translation>Función de la muestra hija</translation>
    </message>
    <message>
        <source>Auto-Dilution Factor</source>
        <translation>Factor de autodilución</translation>
    </message>
    <message>
        <source>Rerun Dilution Factor</source>
        <translation>Factor de dilución para repetición</translation>
    </message>
    <message>
        <source>Pre-Dilution Factor</source>
        <translation>Factor de predilución</translation>
    </message>
    <message>
        <source>Endogenous Content of Pre-Dilution Diluent</source>
        <translation>Contenido endógeno del diluyente de predilución</translation>
    </message>
    <message>
        <source>Automatic Repeat Allowed</source>
        <translation>Repetición automática permitida</translation>
    </message>
    <message>
        <source>Reflex Allowed</source>
        <translation>Prueba refleja permitida</translation>
    </message>
    <message>
        <source>Analyte Repeat Status</source>
        <translation>Estado de repetición del analito</translation>
    </message>
    <message>
        <source>Set ID - TQ1</source>
        <translation>ID de conjunto - TQ1</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Repeat Pattern</source>
        <translation>Patrón de repetición</translation>
    </message>
    <message>
        <source>Explicit Time</source>
        <translation>Hora explícita</translation>
    </message>
    <message>
        <source>Relative Time and Units</source>
        <translation>Tiempo relativo y unidades</translation>
    </message>
    <message>
        <source>Service Duration</source>
        <translation>Duración del servicio</translation>
    </message>
    <message>
        <source>Start Date/Time</source>
        <translation>Fecha/hora de inicio</translation>
    </message>
    <message>
        <source>End Date/Time</source>
        <translation>Fecha/hora de fin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Condition Text</source>
        <translation>Texto de la condición</translation>
    </message>
    <message>
        <source>Text Instruction</source>
        <translation>Instrucción de texto</translation>
    </message>
    <message>
        <source>Conjunction</source>
        <translation>Conjunción</translation>
    </message>
    <message>
        <source>Occurrence Duration</source>
        <translation>Duración de la ocurrencia</translation>
    </message>
    <message>
        <source>Total Occurrences</source>
        <translation>Total de ocurrencias</translation>
    </message>
    <message>
        <source>Patient Allergy Information</source>
        <translation>Información de alergias del paciente</translation>
    </message>
    <message>
        <source>Batch Header</source>
        <translation>Cabecera de lote</translation>
    </message>
    <message>
        <source>Batch Trailer</source>
        <translation>Cierre de lote</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Equipment Command</source>
        <translation>Comando al equipo</translation>
    </message>
    <message>
        <source>Equipment Command Response</source>
        <translation>Respuesta al comando del equipo</translation>
    </message>
    <message>
        <source>Equipment Detail</source>
        <translation>Detalle del equipo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>File Header</source>
        <translation>Cabecera de archivo</translation>
    </message>
    <message>
        <source>File Trailer</source>
        <translation>Cierre de archivo</translation>
    </message>
    <message>
        <source>Message Acknowledgment</source>
        <translation>Acuse de recibo del mensaje</translation>
    </message>
    <message>
        <source>Message Header</source>
        <translation>Cabecera del mensaje</translation>
    </message>
    <message>
        <source>Next of Kin / Associated Parties</source>
        <translation>Familiares / partes asociadas</translation>
    </message>
    <message>
        <source>Notes and Comments</source>
        <translation>Notas y comentarios</translation>
    </message>
    <message>
        <source>Observation Request</source>
        <translation>Solicitud de observación</translation>
    </message>
    <message>
        <source>Observation/Result</source>
        <translation>Observación/resultado</translation>
    </message>
    <message>
        <source>Common Order</source>
        <translation>Orden común</translation>
    </message>
    <message>
        <source>Patient Additional Demographic</source>
        <translation>Datos demográficos adicionales del paciente</translation>
    </message>
    <message>
        <source>Patient Identification</source>
        <translation>Identificación del paciente</translation>
    </message>
    <message>
        <source>Patient Visit</source>
        <translation>Visita del paciente</translation>
    </message>
    <message>
        <source>Patient Visit - Additional Information</source>
        <translation>Visita del paciente - información adicional</translation>
    </message>
    <message>
        <source>Query Acknowledgment</source>
        <translation>Acuse de recibo de la consulta</translation>
    </message>
    <message>
        <source>Query Parameter Definition</source>
        <translation>Definición de parámetros de la consulta</translation>
    </message>
    <message>
        <source>Original-Style Query Definition</source>
        <translation>Definición de consulta (estilo original)</translation>
    </message>
    <message>
        <source>Original-Style Query Filter</source>
        <translation>Filtro de consulta (estilo original)</translation>
    </message>
    <message>
        <source>Response Control Parameter</source>
        <translation>Parámetro de control de la respuesta</translation>
    </message>
    <message>
        <source>Specimen Container Detail</source>
        <translation>Detalle del contenedor de muestra</translation>
    </message>
    <message>
        <source>Software Segment</source>
        <translation>Segmento de software</translation>
    </message>
    <message>
        <source>Substance Identifier</source>
        <translation>Identificador de sustancia</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Test Code Detail</source>
        <translation>Detalle del código de prueba</translation>
    </message>
    <message>
        <source>Timing/Quantity</source>
        <translation>Temporización/cantidad</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Name of Coding System</source>
        <translation>Nombre del sistema de codificación</translation>
    </message>
    <message>
        <source>Alternate Identifier</source>
        <translation>Identificador alternativo</translation>
    </message>
    <message>
        <source>Alternate Text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Name of Alternate Coding System</source>
        <translation>Nombre del sistema de codificación alternativo</translation>
    </message>
    <message>
        <source>Coding System Version ID</source>
        <translation>ID de versión del sistema de codificación</translation>
    </message>
    <message>
        <source>Alternate Coding System Version ID</source>
        <translation>ID de versión del sistema de codificación alternativo</translation>
    </message>
    <message>
        <source>Original Text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>Número de ID</translation>
    </message>
    <message>
        <source>Family Name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given Name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Second and Further Given Names or Initials Thereof</source>
        <translation>Segundo nombre y siguientes o sus iniciales</translation>
    </message>
    <message>
        <source>Suffix (e.g., JR or III)</source>
        <translation>Sufijo (p. ej., JR o III)</translation>
    </message>
    <message>
        <source>Prefix (e.g., DR)</source>
        <translation>Prefijo (p. ej., DR)</translation>
    </message>
    <message>
        <source>Degree (e.g., MD)</source>
        <translation>Título (p. ej., MD)</translation>
    </message>
    <message>
        <source>Source Table</source>
        <translation>Tabla de origen</translation>
    </message>
    <message>
        <source>Assigning Authority - Namespace ID</source>
        <translation>Autoridad asignadora - ID de espacio de nombres</translation>
    </message>
    <message>
        <source>Assigning Authority - Universal ID</source>
        <translation>Autoridad asignadora - ID universal</translation>
    </message>
    <message>
        <source>Assigning Authority - Universal ID Type</source>
        <translation>Autoridad asignadora - tipo de ID universal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price Type</source>
        <translation>Tipo de precio</translation>
    </message>
    <message>
        <source>From Value</source>
        <translation>Valor desde</translation>
    </message>
    <message>
        <source>To Value</source>
        <translation>Valor hasta</translation>
    </message>
    <message>
        <source>Range Units</source>
        <translation>Unidades del rango</translation>
    </message>
    <message>
        <source>Range Type</source>
        <translation>Tipo de rango</translation>
    </message>
    <message>
        <source>Check Digit</source>
        <translation>Dígito de control</translation>
    </message>
    <message>
        <source>Check Digit Scheme</source>
        <translation>Esquema del dígito de control</translation>
    </message>
    <message>
        <source>Assigning Authority</source>
        <translation>Autoridad asignadora</translation>
    </message>
    <message>
        <source>Identifier Type Code</source>
        <translation>Código de tipo de identificador</translation>
    </message>
    <message>
        <source>Assigning Facility</source>
        <translation>Centro asignador</translation>
    </message>
    <message>
        <source>Effective Date</source>
        <translation>Fecha de entrada en vigor</translation>
    </message>
    <message>
        <source>Expiration Date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Assigning Jurisdiction</source>
        <translation>Jurisdicción asignadora</translation>
    </message>
    <message>
        <source>Assigning Agency or Department</source>
        <translation>Agencia o departamento asignador</translation>
    </message>
    <message>
        <source>Discharge Location</source>
        <translation>Ubicación al alta</translation>
    </message>
    <message>
        <source>License Number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Issuing State, Province, Country</source>
        <translation>Estado, provincia o país emisor</translation>
    </message>
    <message>
        <source>Range Start Date/Time</source>
        <translation>Fecha/hora de inicio del rango</translation>
    </message>
    <message>
        <source>Range End Date/Time</source>
        <translation>Fecha/hora de fin del rango</translation>
    </message>
    <message>
        <source>Source Application</source>
        <translation>Aplicación de origen</translation>
    </message>
    <message>
        <source>Type of Data</source>
        <translation>Tipo de datos</translation>
    </message>
    <message>
        <source>Data Subtype</source>
        <translation>Subtipo de datos</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Entity Identifier</source>
        <translation>Identificador de entidad</translation>
    </message>
    <message>
        <source>Namespace ID</source>
        <translation>ID de espacio de nombres</translation>
    </message>
    <message>
        <source>Universal ID</source>
        <translation>ID universal</translation>
    </message>
    <message>
        <source>Universal ID Type</source>
        <translation>Tipo de ID universal</translation>
    </message>
    <message>
        <source>Placer Assigned Identifier</source>
        <translation>Identificador asignado por el solicitante</translation>
    </message>
    <message>
        <source>Filler Assigned Identifier</source>
        <translation>Identificador asignado por el ejecutor</translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation>ID de segmento</translation>
    </message>
    <message>
        <source>Segment Sequence</source>
        <translation>Secuencia del segmento</translation>
    </message>
    <message>
        <source>Field Position</source>
        <translation>Posición del campo</translation>
    </message>
    <message>
        <source>Code Identifying Error</source>
        <translation>Código identificativo del error</translation>
    </message>
    <message>
        <source>Field Repetition</source>
        <translation>Repetición del campo</translation>
    </message>
    <message>
        <source>Component Number</source>
        <translation>Número de componente</translation>
    </message>
    <message>
        <source>Sub-Component Number</source>
        <translation>Número de subcomponente</translation>
    </message>
    <message>
        <source>Financial Class Code</source>
        <translation>Código de clase financiera</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Own Surname Prefix</source>
        <translation>Prefijo del apellido propio</translation>
    </message>
    <message>
        <source>Own Surname</source>
        <translation>Apellido propio</translation>
    </message>
    <message>
        <source>Surname Prefix from Partner/Spouse</source>
        <translation>Prefijo del apellido de la pareja/cónyuge</translation>
    </message>
    <message>
        <source>Surname from Partner/Spouse</source>
        <translation>Apellido de la pareja/cónyuge</translation>
    </message>
    <message>
        <source>Job Code</source>
        <translation>Código de puesto</translation>
    </message>
    <message>
        <source>Job Class</source>
        <translation>Clase de puesto</translation>
    </message>
    <message>
        <source>Job Description Text</source>
        <translation>Texto de descripción del puesto</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Monetary Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Charge Code</source>
        <translation>Código de cargo</translation>
    </message>
    <message>
        <source>Message Code</source>
        <translation>Código de mensaje</translation>
    </message>
    <message>
        <source>Trigger Event</source>
        <translation>Evento desencadenante</translation>
    </message>
    <message>
        <source>Message Structure</source>
        <translation>Estructura del mensaje</translation>
    </message>
    <message>
        <source>Value1</source>
        <translation>Valor1</translation>
    </message>
    <message>
        <source>Value2</source>
        <translation>Valor2</translation>
    </message>
    <message>
        <source>Value3</source>
        <translation>Valor3</translation>
    </message>
    <message>
        <source>Value4</source>
        <translation>Valor4</translation>
    </message>
    <message>
        <source>Point of Care</source>
        <translation>Punto de atención</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Location Status</source>
        <translation>Estado de la ubicación</translation>
    </message>
    <message>
        <source>Patient Location Type</source>
        <translation>Tipo de ubicación del paciente</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Sequence/Results Flag</source>
        <translation>Indicador de secuencia/resultados</translation>
    </message>
    <message>
        <source>Placer Order Number: Entity Identifier</source>
        <translation>Número de orden del solicitante: identificador de entidad</translation>
    </message>
    <message>
        <source>Placer Order Number: Namespace ID</source>
        <translation>Número de orden del solicitante: ID de espacio de nombres</translation>
    </message>
    <message>
        <source>Filler Order Number: Entity Identifier</source>
        <translation>Número de orden del ejecutor: identificador de entidad</translation>
    </message>
    <message>
        <source>Filler Order Number: Namespace ID</source>
        <translation>Número de orden del ejecutor: ID de espacio de nombres</translation>
    </message>
    <message>
        <source>Sequence Condition Value</source>
        <translation>Valor de la condición de secuencia</translation>
    </message>
    <message>
        <source>Maximum Number of Repeats</source>
        <translation>Número máximo de repeticiones</translation>
    </message>
    <message>
        <source>Placer Order Number: Universal ID</source>
        <translation>Número de orden del solicitante: ID universal</translation>
    </message>
    <message>
        <source>Placer Order Number: Universal ID Type</source>
        <translation>Número de orden del solicitante: tipo de ID universal</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID</source>
        <translation>Número de orden del ejecutor: ID universal</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID Type</source>
        <translation>Número de orden del ejecutor: tipo de ID universal</translation>
    </message>
    <message>
        <source>Person Location Type</source>
        <translation>Tipo de ubicación de la persona</translation>
    </message>
    <message>
        <source>Location Description</source>
        <translation>Descripción de la ubicación</translation>
    </message>
    <message>
        <source>Comprehensive Location Identifier</source>
        <translation>Identificador completo de la ubicación</translation>
    </message>
    <message>
        <source>Assigning Authority for Location</source>
        <translation>Autoridad asignadora de la ubicación</translation>
    </message>
    <message>
        <source>Parent Observation Identifier</source>
        <translation>Identificador de la observación padre</translation>
    </message>
    <message>
        <source>Parent Observation Sub-identifier</source>
        <translation>Subidentificador de la observación padre</translation>
    </message>
    <message>
        <source>Parent Observation Value Descriptor</source>
        <translation>Descriptor del valor de la observación padre</translation>
    </message>
    <message>
        <source>Processing Mode</source>
        <translation>Modo de procesamiento</translation>
    </message>
    <message>
        <source>Explicit Time Interval</source>
        <translation>Intervalo de tiempo explícito</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Puntero</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID de aplicación</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Subtipo</translation>
    </message>
    <message>
        <source>Repeat Pattern Code</source>
        <translation>Código del patrón de repetición</translation>
    </message>
    <message>
        <source>Calendar Alignment</source>
        <translation>Alineación con el calendario</translation>
    </message>
    <message>
        <source>Phase Range Begin Value</source>
        <translation>Valor inicial del rango de fase</translation>
    </message>
    <message>
        <source>Phase Range End Value</source>
        <translation>Valor final del rango de fase</translation>
    </message>
    <message>
        <source>Period Quantity</source>
        <translation>Cantidad del periodo</translation>
    </message>
    <message>
        <source>Period Units</source>
        <translation>Unidades del periodo</translation>
    </message>
    <message>
        <source>Institution Specified Time</source>
        <translation>Hora especificada por la institución</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event Offset Quantity</source>
        <translation>Cantidad de desfase del evento</translation>
    </message>
    <message>
        <source>Event Offset Units</source>
        <translation>Unidades de desfase del evento</translation>
    </message>
    <message>
        <source>General Timing Specification</source>
        <translation>Especificación general de temporización</translation>
    </message>
    <message>
        <source>Street or Mailing Address</source>
        <translation>Calle o dirección postal</translation>
    </message>
    <message>
        <source>Street Name</source>
        <translation>Nombre de la calle</translation>
    </message>
    <message>
        <source>Dwelling Number</source>
        <translation>Número de la vivienda</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Num1</source>
        <translation>Núm1</translation>
    </message>
    <message>
        <source>Separator/Suffix</source>
        <translation>Separador/sufijo</translation>
    </message>
    <message>
        <source>Num2</source>
        <translation>Núm2</translation>
    </message>
    <message>
        <source>Specimen Source Name or Code</source>
        <translation>Nombre o código del origen de la muestra</translation>
    </message>
    <message>
        <source>Additives</source>
        <translation>Aditivos</translation>
    </message>
    <message>
        <source>Body Site</source>
        <translation>Localización anatómica</translation>
    </message>
    <message>
        <source>Site Modifier</source>
        <translation>Modificador de la localización</translation>
    </message>
    <message>
        <source>Collection Method Modifier Code</source>
        <translation>Código modificador del método de obtención</translation>
    </message>
    <message>
        <source>Sequencing</source>
        <translation>Sentido de ordenación</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Order Sequencing</source>
        <translation>Secuenciación de órdenes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha/hora</translation>
    </message>
    <message>
        <source>Degree of Precision</source>
        <translation>Grado de precisión</translation>
    </message>
    <message>
        <source>Internationalization Code</source>
        <translation>Código de internacionalización</translation>
    </message>
    <message>
        <source>International Version ID</source>
        <translation>ID de versión internacional</translation>
    </message>
    <message>
        <source>First Data Code Value</source>
        <translation>Primer valor del código de datos</translation>
    </message>
    <message>
        <source>Last Data Code Value</source>
        <translation>Último valor del código de datos</translation>
    </message>
    <message>
        <source>Street Address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Other Designation</source>
        <translation>Otra designación</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or Province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Zip or Postal Code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address Type</source>
        <translation>Tipo de dirección</translation>
    </message>
    <message>
        <source>Other Geographic Designation</source>
        <translation>Otra designación geográfica</translation>
    </message>
    <message>
        <source>County/Parish Code</source>
        <translation>Código de condado/parroquia</translation>
    </message>
    <message>
        <source>Census Tract</source>
        <translation>Sección censal</translation>
    </message>
    <message>
        <source>Address Representation Code</source>
        <translation>Código de representación de la dirección</translation>
    </message>
    <message>
        <source>Address Validity Range</source>
        <translation>Periodo de validez de la dirección</translation>
    </message>
    <message>
        <source>Name Type Code</source>
        <translation>Código de tipo de nombre</translation>
    </message>
    <message>
        <source>Identifier Check Digit</source>
        <translation>Dígito de control del identificador</translation>
    </message>
    <message>
        <source>Name Representation Code</source>
        <translation>Código de representación del nombre</translation>
    </message>
    <message>
        <source>Name Context</source>
        <translation>Contexto del nombre</translation>
    </message>
    <message>
        <source>Name Validity Range</source>
        <translation>Periodo de validez del nombre</translation>
    </message>
    <message>
        <source>Name Assembly Order</source>
        <translation>Orden de composición del nombre</translation>
    </message>
    <message>
        <source>Professional Suffix</source>
        <translation>Sufijo profesional</translation>
    </message>
    <message>
        <source>Organization Name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Organization Name Type Code</source>
        <translation>Código de tipo de nombre de la organización</translation>
    </message>
    <message>
        <source>Organization Identifier</source>
        <translation>Identificador de la organización</translation>
    </message>
    <message>
        <source>Telephone Number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Telecommunication Use Code</source>
        <translation>Código de uso de telecomunicación</translation>
    </message>
    <message>
        <source>Telecommunication Equipment Type</source>
        <translation>Tipo de equipo de telecomunicación</translation>
    </message>
    <message>
        <source>Email Address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Area/City Code</source>
        <translation>Prefijo de área/ciudad</translation>
    </message>
    <message>
        <source>Local Number</source>
        <translation>Número local</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Any Text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>Extension Prefix</source>
        <translation>Prefijo de extensión</translation>
    </message>
    <message>
        <source>Speed Dial Code</source>
        <translation>Código de marcación rápida</translation>
    </message>
    <message>
        <source>Unformatted Telephone Number</source>
        <translation>Número de teléfono sin formato</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>at byte %1: %2</source>
        <translation>en el byte %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>se esperaba &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>fin de datos inesperado</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>se esperaba un nombre de miembro</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 no válido en una cadena</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>carácter de control en una cadena</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>escape \u no válido</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>número fuera de rango</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>literal no válido</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>garbage after the document</source>
        <translation>datos sobrantes después del documento</translation>
    </message>
</context>
<context>
    <name>LiveCapture</name>
    <message>
        <source>cannot capture on %1: %2</source>
        <translation>no se puede capturar en %1: %2</translation>
    </message>
    <message>
        <source>HL7 Capture may not capture on %1 without the capture privilege; give it CAP_NET_RAW, or record through the proxy instead (hl7capture-cli proxy).</source>
        <translation>HL7 Capture no puede capturar en %1 sin el privilegio de captura; concédale CAP_NET_RAW o, en su lugar, grabe a través del proxy (hl7capture-cli proxy).</translation>
    </message>
    <message>
        <source>there is no network interface %1</source>
        <translation>no existe la interfaz de red %1</translation>
    </message>
    <message>
        <source>the capture filter &quot;%1&quot; is not valid: %2</source>
        <translation>el filtro de captura &quot;%1&quot; no es válido: %2</translation>
    </message>
    <message>
        <source>cannot apply the capture filter &quot;%1&quot;: %2</source>
        <translation>no se puede aplicar el filtro de captura &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>capture on %1 stopped: %2</source>
        <translation>la captura en %1 se detuvo: %2</translation>
    </message>
    <message>
        <source>cannot list the network interfaces: %1</source>
        <translation>no se pueden listar las interfaces de red: %1</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>no se puede abrir el archivo de registro %1: %2</translation>
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
        <translation>Estado del almacén</translation>
    </message>
    <message>
        <source>Opening the session store…</source>
        <translation>Abriendo el almacén de sesiones…</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>The session store could not be opened:
%1</source>
        <translation>No se pudo abrir el almacén de sesiones:
%1</translation>
    </message>
    <message>
        <source>Session %1 could not be written; it is kept in memory and tried again: %2</source>
        <translation>No se pudo escribir la sesión %1; se mantiene en memoria y se volverá a intentar: %2</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sesión no eliminada</translation>
    </message>
    <message>
        <source>Session %1 could not be deleted:
%2</source>
        <translation>No se pudo eliminar la sesión %1:
%2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>The sessions of %1 could not be imported:
%2</source>
        <translation>No se pudieron importar las sesiones de %1:
%2</translation>
    </message>
    <message>
        <source>Imported %1 sessions, %2 already here, %3 unreadable (moved to quarantine)</source>
        <translation>Sesiones importadas: %1; ya existentes: %2; ilegibles: %3 (movidas a cuarentena)</translation>
    </message>
    <message>
        <source>Retention cleanup failed: %1</source>
        <translation>Error en la limpieza por retención: %1</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Last result: %1 submitted</source>
        <translation>Último resultado: sesión %1 enviada</translation>
    </message>
    <message>
        <source>Last result: %1 failed: %2</source>
        <translation>Último resultado: sesión %1 fallida: %2</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>Envío fallido</translation>
    </message>
    <message>
        <source>Session %1 was not accepted: %2</source>
        <translation>No se aceptó la sesión %1: %2</translation>
    </message>
    <message>
        <source>Submission: not configured</source>
        <translation>Envío: sin configurar</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Estado de la captura</translation>
    </message>
    <message>
        <source>Submission: off (no collector set)</source>
        <translation>Envío: desactivado (no hay recolector configurado)</translation>
    </message>
    <message>
        <source>Submission: idle</source>
        <translation>Envío: inactivo</translation>
    </message>
    <message>
        <source>Submission: %1 in flight, %2 queued</source>
        <translation>Envío: %1 en curso, %2 en cola</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s) moved to quarantine</source>
        <translation>
            <numerusform>%n archivo ilegible movido a cuarentena</numerusform>
            <numerusform>%n archivos ilegibles movidos a cuarentena</numerusform>
        </translation>
    </message>
    <message>
        <source>The session store could not be opened</source>
        <translation>No se pudo abrir el almacén de sesiones</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Almacén de sesiones</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Aún no hay sesiones</translation>
    </message>
    <message>
        <source>There are no sessions in this data folder yet. Open the bundled sample capture (one MLLP and one ASTM exchange) to see how sessions look?</source>
        <translation>Aún no hay sesiones en esta carpeta de datos. ¿Abrir la captura de ejemplo incluida (un intercambio MLLP y otro ASTM) para ver el aspecto de las sesiones?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Sessions from Folder…</source>
        <translation>&amp;Importar sesiones desde una carpeta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Submit &amp;Pending Now</source>
        <translation>Enviar &amp;pendientes ahora</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Run Retention &amp;Cleanup Now</source>
        <translation>Ejecutar ahora la &amp;limpieza por retención</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll to New Sessions</source>
        <translation>&amp;Desplazar automáticamente a las sesiones nuevas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <source>Capture toolbar</source>
        <translation>Barra de herramientas de captura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;Logs Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About HL7 Capture</source>
        <translation>&amp;Acerca de HL7 Capture</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be submitted again</source>
        <translation>
            <numerusform>%n sesión se volverá a enviar</numerusform>
            <numerusform>%n sesiones se volverán a enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will not be submitted</source>
        <translation>
            <numerusform>%n sesión no se enviará</numerusform>
            <numerusform>%n sesiones no se enviarán</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Eliminar sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)? They move to the trash in the data folder and are purged by the retention cleanup after 7 days.</source>
        <translation>
            <numerusform>¿Eliminar %n sesión? Se moverá a la papelera de la carpeta de datos y la limpieza por retención la purgará al cabo de 7 días.</numerusform>
            <numerusform>¿Eliminar %n sesiones? Se moverán a la papelera de la carpeta de datos y la limpieza por retención las purgará al cabo de 7 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Retention cleanup started</source>
        <translation>Limpieza por retención iniciada</translation>
    </message>
    <message>
        <source>Import Sessions from Folder</source>
        <translation>Importar sesiones desde una carpeta</translation>
    </message>
    <message>
        <source>Importing the sessions of %1…</source>
        <translation>Importando las sesiones de %1…</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>No file manager could open %1</source>
        <translation>Ningún gestor de archivos pudo abrir %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>About HL7 Capture</source>
        <translation>Acerca de HL7 Capture</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HL7 Capture %1&lt;/h3&gt;&lt;p&gt;Records the HL7 traffic between lab analyzers and the LIS, keeps every session on disk and submits it to the central collector.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HL7 Capture %1&lt;/h3&gt;&lt;p&gt;Registra el tráfico HL7 entre los analizadores de laboratorio y el LIS, guarda cada sesión en disco y la envía al recolector central.&lt;/p&gt;&lt;p&gt;Carpeta de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>last: submitted at %1</source>
        <translation>último: enviado a las %1</translation>
    </message>
    <message>
        <source>last: failed at %1</source>
        <translation>último: fallido a las %1</translation>
    </message>
    <message>
        <source>last: will retry</source>
        <translation>último: se reintentará</translation>
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
        <translation>Posición</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Hide &amp;empty fields</source>
        <translation>&amp;Ocultar campos vacíos</translation>
    </message>
    <message>
        <source>Hide empty fields</source>
        <translation>Ocultar campos vacíos</translation>
    </message>
    <message>
        <source>Leave out the fields of the message that hold nothing</source>
        <translation>Omitir los campos del mensaje que no contienen nada</translation>
    </message>
    <message>
        <source>Message tree</source>
        <translation>Árbol del mensaje</translation>
    </message>
    <message>
        <source>Element bytes</source>
        <translation>Bytes del elemento</translation>
    </message>
    <message>
        <source>Element note</source>
        <translation>Nota del elemento</translation>
    </message>
    <message>
        <source>Selected bytes</source>
        <translation>Bytes seleccionados</translation>
    </message>
    <message>
        <source>Message tree and bytes</source>
        <translation>Árbol y bytes del mensaje</translation>
    </message>
    <message>
        <source>Message view</source>
        <translation>Vista del mensaje</translation>
    </message>
    <message>
        <source>This element holds no bytes.</source>
        <translation>Este elemento no contiene bytes.</translation>
    </message>
    <message>
        <source>This element holds no HL7 message, only the handshake bytes below.</source>
        <translation>Este elemento no contiene ningún mensaje HL7, solo los bytes de negociación que se muestran abajo.</translation>
    </message>
    <message>
        <source>Select an element to see its message and bytes.</source>
        <translation>Seleccione un elemento para ver su mensaje y sus bytes.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message numerus="yes">
        <source>bytes %1–%2 (%n selected)</source>
        <translation>
            <numerusform>bytes %1–%2 (%n seleccionado)</numerusform>
            <numerusform>bytes %1–%2 (%n seleccionados)</numerusform>
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
        <translation>bloque cortado por un nuevo inicio de bloque (VT) antes de su FS CR</translation>
    </message>
    <message>
        <source>end block FS not followed by CR</source>
        <translation>fin de bloque FS no seguido de CR</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>Ethernet header</source>
        <translation>la cabecera Ethernet</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>la cabecera Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked v2 header</source>
        <translation>la cabecera Linux cooked v2</translation>
    </message>
    <message>
        <source>link type %1 is not supported</source>
        <translation>no se admite el tipo de enlace %1</translation>
    </message>
    <message>
        <source>frame truncated in the %1: %2 of %3 bytes</source>
        <translation>trama truncada en %1: %2 de %3 bytes</translation>
    </message>
    <message>
        <source>VLAN tag</source>
        <translation>la etiqueta VLAN</translation>
    </message>
    <message>
        <source>loopback header</source>
        <translation>la cabecera de loopback</translation>
    </message>
    <message>
        <source>IP header</source>
        <translation>la cabecera IP</translation>
    </message>
    <message>
        <source>raw IP frame with IP version %1</source>
        <translation>trama IP en bruto con la versión de IP %1</translation>
    </message>
    <message>
        <source>IPv4 header</source>
        <translation>la cabecera IPv4</translation>
    </message>
    <message>
        <source>IPv4 packet with IP version %1</source>
        <translation>paquete IPv4 con la versión de IP %1</translation>
    </message>
    <message>
        <source>IPv4 header length %1 is below the minimum of %2 bytes</source>
        <translation>la longitud de cabecera IPv4 %1 es inferior al mínimo de %2 bytes</translation>
    </message>
    <message>
        <source>IPv4 total length %1 is smaller than its header length %2</source>
        <translation>la longitud total IPv4 %1 es menor que su longitud de cabecera %2</translation>
    </message>
    <message>
        <source>IPv4 packet</source>
        <translation>el paquete IPv4</translation>
    </message>
    <message>
        <source>IPv4 fragment at offset %1 skipped: fragments are not reassembled</source>
        <translation>fragmento IPv4 en el desplazamiento %1 omitido: los fragmentos no se reensamblan</translation>
    </message>
    <message>
        <source>first IPv4 fragment: the rest of the TCP segment is in fragments, which are not reassembled</source>
        <translation>primer fragmento IPv4: el resto del segmento TCP está en fragmentos, que no se reensamblan</translation>
    </message>
    <message>
        <source>IPv6 header</source>
        <translation>la cabecera IPv6</translation>
    </message>
    <message>
        <source>IPv6 packet with IP version %1</source>
        <translation>paquete IPv6 con la versión de IP %1</translation>
    </message>
    <message>
        <source>IPv6 packet</source>
        <translation>el paquete IPv6</translation>
    </message>
    <message>
        <source>first IPv6 fragment: the rest of the TCP segment is in fragments, which are not reassembled</source>
        <translation>primer fragmento IPv6: el resto del segmento TCP está en fragmentos, que no se reensamblan</translation>
    </message>
    <message>
        <source>IPv6 extension header %1</source>
        <translation>la cabecera de extensión IPv6 %1</translation>
    </message>
    <message>
        <source>IPv6 fragment at offset %1 skipped: fragments are not reassembled</source>
        <translation>fragmento IPv6 en el desplazamiento %1 omitido: los fragmentos no se reensamblan</translation>
    </message>
    <message>
        <source>IPv6 extension header %1 cannot be walked; packet skipped</source>
        <translation>no se puede recorrer la cabecera de extensión IPv6 %1; paquete omitido</translation>
    </message>
    <message>
        <source>TCP header</source>
        <translation>la cabecera TCP</translation>
    </message>
    <message>
        <source>TCP data offset %1 is below the minimum of %2 bytes</source>
        <translation>el desplazamiento de datos TCP %1 es inferior al mínimo de %2 bytes</translation>
    </message>
</context>
<context>
    <name>PcapFile</name>
    <message>
        <source>cannot read the capture file %1: %2</source>
        <translation>no se puede leer el archivo de captura %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 frames: %3</source>
        <translation>%1 está dañado tras %2 tramas: %3</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordingProxy</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot reach the LIS at %1:%2: %3</source>
        <translation>no se puede contactar con el LIS en %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>RetentionCleanup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot purge %1: %2</source>
        <translation>no se puede purgar %1: %2</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to purge</source>
        <translation>%1 está anidado a demasiada profundidad para purgarlo</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>no se puede abrir la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot open the trash %1: %2</source>
        <translation>no se puede abrir la papelera %1: %2</translation>
    </message>
    <message>
        <source>the session store at %1 is not open</source>
        <translation>el almacén de sesiones en %1 no está abierto</translation>
    </message>
    <message>
        <source>the session store at %1 is open read-only</source>
        <translation>el almacén de sesiones en %1 está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>no existe la sesión %1 en %2</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the search index %1 is damaged</source>
        <translation>el índice de búsqueda %1 está dañado</translation>
    </message>
    <message>
        <source>the search index %1 is of another version</source>
        <translation>el índice de búsqueda %1 es de otra versión</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>the quote in %1 is not closed</source>
        <translation>las comillas de %1 no están cerradas</translation>
    </message>
    <message>
        <source>%1: a field path cannot be quoted</source>
        <translation>%1: una ruta de campo no puede ir entre comillas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path like PID-3.1 or OBX(2)-5</source>
        <translation>&quot;%1&quot; no es una ruta de campo como PID-3.1 u OBX(2)-5</translation>
    </message>
    <message>
        <source>%1 names a whole segment; name a field, e.g. %1-3</source>
        <translation>%1 designa un segmento entero; indique un campo, p. ej., %1-3</translation>
    </message>
    <message>
        <source>%1 holds the message&apos;s separators and cannot be searched</source>
        <translation>%1 contiene los separadores del mensaje y no se puede buscar</translation>
    </message>
    <message>
        <source>%1: a value matches one repetition, so it cannot contain ~</source>
        <translation>%1: un valor coincide con una sola repetición, por lo que no puede contener ~</translation>
    </message>
    <message>
        <source>%1 is a component: its value cannot contain ^</source>
        <translation>%1 es un componente: su valor no puede contener ^</translation>
    </message>
    <message>
        <source>%1 is a sub-component: its value cannot contain ^ or &amp;</source>
        <translation>%1 es un subcomponente: su valor no puede contener ^ ni &amp;</translation>
    </message>
    <message>
        <source>%1= needs a value</source>
        <translation>%1= necesita un valor</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use pending, submitted, failed or ignored</source>
        <translation>estado desconocido &quot;%1&quot;; use pending, submitted, failed o ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, a date-time or milliseconds since 1970 (e.g. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</source>
        <translation>&quot;%1&quot; no es una fecha, una fecha y hora ni un número de milisegundos desde 1970 (p. ej., 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type like ORU^R01</source>
        <translation>&quot;%1&quot; no es un tipo de mensaje como ORU^R01</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1:&quot;; use device:, lis:, status:, from:, to: or type: (quote text that has a colon)</source>
        <translation>filtro desconocido &quot;%1:&quot;; use device:, lis:, status:, from:, to: o type: (ponga entre comillas el texto que contenga dos puntos)</translation>
    </message>
    <message>
        <source>a lone - negates nothing; quote text that starts with -</source>
        <translation>un - aislado no niega nada; ponga entre comillas el texto que empiece por -</translation>
    </message>
    <message>
        <source>%1 has no words to search for</source>
        <translation>%1 no contiene palabras que buscar</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is longer than %2 characters; words that long are not searchable</source>
        <translation>&quot;%1…&quot; tiene más de %2 caracteres; no se pueden buscar palabras tan largas</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>la consulta está vacía</translation>
    </message>
</context>
<context>
    <name>SessionBuilder</name>
    <message>
        <source>a new transmission began before the end (EOT) of this one</source>
        <translation>una nueva transmisión comenzó antes del final (EOT) de esta</translation>
    </message>
    <message>
        <source>the capture began after the start (ENQ) of this transmission</source>
        <translation>la captura comenzó después del inicio (ENQ) de esta transmisión</translation>
    </message>
    <message>
        <source>%1 bytes from the %2 never arrived</source>
        <translation>nunca llegaron %1 bytes del %2</translation>
    </message>
    <message>
        <source>device</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>LIS</translation>
    </message>
    <message>
        <source>the connection ended before the end (EOT) of the transmission</source>
        <translation>la conexión terminó antes del final (EOT) de la transmisión</translation>
    </message>
</context>
<context>
    <name>SessionCodec</name>
    <message>
        <source>not valid JSON %1</source>
        <translation>JSON no válido %1</translation>
    </message>
    <message>
        <source>no JSON value</source>
        <translation>no hay ningún valor JSON</translation>
    </message>
    <message>
        <source>not a session: the top level is not a JSON object</source>
        <translation>no es una sesión: el nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string</source>
        <translation>falta &quot;id&quot; o no es una cadena</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a safe file name</source>
        <translation>el id &quot;%1&quot; no es un nombre de archivo seguro</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; does not match the file name &quot;%2&quot;</source>
        <translation>el id &quot;%1&quot; no coincide con el nombre de archivo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;startTime&quot; is missing or not a time in milliseconds</source>
        <translation>falta &quot;startTime&quot; o no es una hora en milisegundos</translation>
    </message>
    <message>
        <source>&quot;isComplete&quot; must be true or false</source>
        <translation>&quot;isComplete&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a time in milliseconds</source>
        <translation>&quot;%1&quot; debe ser una hora en milisegundos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;sessionId&quot; must be a number</source>
        <translation>&quot;sessionId&quot; debe ser un número</translation>
    </message>
    <message>
        <source>&quot;submissionStatus&quot; must be pending, submitted, failed or ignored</source>
        <translation>&quot;submissionStatus&quot; debe ser pending, submitted, failed o ignored</translation>
    </message>
    <message>
        <source>&quot;submissionAttempts&quot; must be a whole number</source>
        <translation>&quot;submissionAttempts&quot; debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;_metadata&quot; must be an object</source>
        <translation>&quot;_metadata&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;_metadata.savedAt&quot; must be a time in milliseconds</source>
        <translation>&quot;_metadata.savedAt&quot; debe ser una hora en milisegundos</translation>
    </message>
    <message>
        <source>&quot;_metadata.retentionDays&quot; must be a whole number from %1 to %2</source>
        <translation>&quot;_metadata.retentionDays&quot; debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>unknown schema version &quot;%1&quot;</source>
        <translation>versión de esquema desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array</source>
        <translation>&quot;messages&quot; debe ser una matriz</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must hold strings</source>
        <translation>&quot;messages&quot; debe contener cadenas</translation>
    </message>
    <message>
        <source>&quot;elements&quot; must be an array</source>
        <translation>&quot;elements&quot; debe ser una matriz</translation>
    </message>
    <message>
        <source>element %1: &quot;rawBytes&quot; must be {&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[…]}</source>
        <translation>elemento %1: &quot;rawBytes&quot; debe ser {&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[…]}</translation>
    </message>
    <message>
        <source>element %1: rawBytes holds a value that is not a byte</source>
        <translation>elemento %1: rawBytes contiene un valor que no es un byte</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; must be a string</source>
        <translation>elemento %1: &quot;hexData&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; has an odd number of digits</source>
        <translation>elemento %1: &quot;hexData&quot; tiene un número impar de dígitos</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; is not hexadecimal</source>
        <translation>elemento %1: &quot;hexData&quot; no es hexadecimal</translation>
    </message>
    <message>
        <source>element %1 is not an object</source>
        <translation>el elemento %1 no es un objeto</translation>
    </message>
    <message>
        <source>element %1 has an unknown &quot;type&quot;</source>
        <translation>el elemento %1 tiene un &quot;type&quot; desconocido</translation>
    </message>
    <message>
        <source>element %1 has an unknown &quot;direction&quot;</source>
        <translation>el elemento %1 tiene una &quot;direction&quot; desconocida</translation>
    </message>
    <message>
        <source>element %1 has no valid &quot;timestamp&quot;</source>
        <translation>el elemento %1 no tiene un &quot;timestamp&quot; válido</translation>
    </message>
    <message>
        <source>element %1 has neither &quot;rawBytes&quot; nor &quot;hexData&quot;</source>
        <translation>el elemento %1 no tiene &quot;rawBytes&quot; ni &quot;hexData&quot;</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; and &quot;rawBytes&quot; disagree</source>
        <translation>elemento %1: &quot;hexData&quot; y &quot;rawBytes&quot; no coinciden</translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message>
        <source>&amp;Retry Submission</source>
        <translation>&amp;Reintentar envío</translation>
    </message>
    <message>
        <source>&amp;Ignore Session</source>
        <translation>&amp;Ignorar sesión</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;Eliminar sesión…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Submit the selected failed or pending sessions again</source>
        <translation>Volver a enviar las sesiones fallidas o pendientes seleccionadas</translation>
    </message>
    <message>
        <source>Never submit the selected sessions</source>
        <translation>No enviar nunca las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Move the selected sessions to the trash</source>
        <translation>Mover las sesiones seleccionadas a la papelera</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Session summary pages</source>
        <translation>Páginas del resumen de la sesión</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry submission</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <source>Ignore session</source>
        <translation>Ignorar la sesión</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar la sesión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <source>Element timeline</source>
        <translation>Cronología de elementos</translation>
    </message>
    <message>
        <source>Session detail sections</source>
        <translation>Secciones del detalle de la sesión</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Ninguna sesión seleccionada</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Not saved yet: the store keeps this session in memory and tries the write again.</source>
        <translation>Aún no guardada: el almacén mantiene esta sesión en memoria y vuelve a intentar escribirla.</translation>
    </message>
    <message>
        <source>Not saved warning</source>
        <translation>Aviso de sesión no guardada</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>LIS</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Submission and retention</source>
        <translation>Envío y retención</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Se conserva hasta</translation>
    </message>
    <message>
        <source>Retention note</source>
        <translation>Nota de retención</translation>
    </message>
    <message>
        <source>Selected sessions</source>
        <translation>Sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Sessions per status</source>
        <translation>Sesiones por estado</translation>
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
        <translation>Cargando…</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>No: the transmission was cut off</source>
        <translation>No: la transmisión se interrumpió</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (expires in …)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from its start; as it is not submitted yet, it stays until it is submitted or ignored.</source>
        <translation>
            <numerusform>%n día desde su inicio; como aún no se ha enviado, se conserva hasta que se envíe o se ignore.</numerusform>
            <numerusform>%n días desde su inicio; como aún no se ha enviado, se conserva hasta que se envíe o se ignore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from its start, then the retention cleanup moves it to the trash.</source>
        <translation>
            <numerusform>%n día desde su inicio; después, la limpieza por retención la mueve a la papelera.</numerusform>
            <numerusform>%n días desde su inicio; después, la limpieza por retención la mueve a la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <translation>
            <numerusform>%n sesión seleccionada</numerusform>
            <numerusform>%n sesiones seleccionadas</numerusform>
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
            <numerusform>%n mensaje en total</numerusform>
            <numerusform>%n mensajes en total</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>The session could not be loaded: %1</source>
        <translation>No se pudo cargar la sesión: %1</translation>
    </message>
    <message>
        <source>The session was deleted.</source>
        <translation>La sesión se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Device → LIS</source>
        <translation>Equipo → LIS</translation>
    </message>
    <message>
        <source>LIS → device</source>
        <translation>LIS → equipo</translation>
    </message>
    <message>
        <source>%1%2.%3 s</source>
        <translation>%1%2,%3 s</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducó %1</translation>
    </message>
</context>
<context>
    <name>SessionListPanel</name>
    <message>
        <source>Terms separated by spaces, all of which must hold:
PID-3.1=12345 (a value at a place in a message), glucose or &quot;basic panel&quot; (words),
device:IP, lis:IP, status:failed,pending, from:2026-11-01, to:2026-11-01T12:00, type:ORU^R01.
A leading - excludes what a term matches.</source>
        <translation>Términos separados por espacios; deben cumplirse todos:
PID-3.1=12345 (un valor en una posición de un mensaje), glucosa o &quot;panel básico&quot; (palabras),
device:IP, lis:IP, status:failed,pending, from:2026-11-01, to:2026-11-01T12:00, type:ORU^R01.
Un - delante excluye lo que coincide con el término.</translation>
    </message>
    <message>
        <source>Session list</source>
        <translation>Lista de sesiones</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Sesiones mostradas</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Follow new sessions</source>
        <translation>Seguir las sesiones nuevas</translation>
    </message>
    <message>
        <source>Scroll to each new session as it arrives</source>
        <translation>Desplazarse a cada sesión nueva en cuanto llega</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Search: PID-3.1=12345  glucose  status:failed  device:10.0.0.5  type:ORU</source>
        <translation>Buscar: PID-3.1=12345  glucosa  status:failed  device:10.0.0.5  type:ORU</translation>
    </message>
    <message>
        <source>Find Sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Search the sessions (%1)</source>
        <translation>Buscar en las sesiones (%1)</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Sessions that started at or after this minute</source>
        <translation>Sesiones que empezaron en este minuto o después</translation>
    </message>
    <message>
        <source>Sessions that started up to the end of this minute</source>
        <translation>Sesiones que empezaron hasta el final de este minuto</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show sessions of every status (%1)</source>
        <translation>Mostrar las sesiones de todos los estados (%1)</translation>
    </message>
    <message>
        <source>Show only %1 sessions (%2)</source>
        <translation>Mostrar solo las sesiones con estado %1 (%2)</translation>
    </message>
    <message>
        <source>Sessions shown: %1 of %2</source>
        <translation>Sesiones mostradas: %1 de %2</translation>
    </message>
    <message>
        <source>The search cannot be read: %1</source>
        <translation>No se puede interpretar la búsqueda: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by %2 (process %3)</source>
        <translation>la carpeta de datos %1 está en uso por %2 (proceso %3)</translation>
    </message>
    <message>
        <source>cannot lock the data folder %1</source>
        <translation>no se puede bloquear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>there is no data folder at %1</source>
        <translation>no hay ninguna carpeta de datos en %1</translation>
    </message>
    <message>
        <source>the session store at %1 is not open</source>
        <translation>el almacén de sesiones en %1 no está abierto</translation>
    </message>
    <message>
        <source>the session store at %1 is open read-only</source>
        <translation>el almacén de sesiones en %1 está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session id</source>
        <translation>&quot;%1&quot; no es un id de sesión válido</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>no existe la sesión %1 en %2</translation>
    </message>
    <message>
        <source>session %1 is damaged (%2) and was moved to %3</source>
        <translation>la sesión %1 está dañada (%2) y se ha movido a %3</translation>
    </message>
    <message>
        <source>session %1 is damaged: %2</source>
        <translation>la sesión %1 está dañada: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder of the trash %2</source>
        <translation>%1 no es una carpeta de la papelera %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>session %1 is no longer %2 but %3</source>
        <translation>la sesión %1 ya no está en estado %2, sino %3</translation>
    </message>
</context>
<context>
    <name>SessionStoreWorker</name>
    <message>
        <source>session %1 is no longer %2</source>
        <translation>la sesión %1 ya no está en estado %2</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Started %1, %2</source>
        <translation>Iniciada el %1, %2</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Finalizada el %1</translation>
    </message>
    <message>
        <source>No end recorded</source>
        <translation>No se registró el final</translation>
    </message>
    <message>
        <source>The transmission ended as its framing expects</source>
        <translation>La transmisión terminó como prevé su entramado</translation>
    </message>
    <message>
        <source>The transmission was cut off before its end</source>
        <translation>La transmisión se interrumpió antes de terminar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>LIS</source>
        <translation>LIS</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Tipos de mensaje</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Submitted at / last error</source>
        <translation>Fecha de envío / último error</translation>
    </message>
    <message>
        <source>The session&apos;s number</source>
        <translation>Número de la sesión</translation>
    </message>
    <message>
        <source>When the transmission started, in local time</source>
        <translation>Cuándo empezó la transmisión, en hora local</translation>
    </message>
    <message>
        <source>From the first byte to the last</source>
        <translation>Del primer byte al último</translation>
    </message>
    <message>
        <source>The analyzer&apos;s address</source>
        <translation>Dirección del analizador</translation>
    </message>
    <message>
        <source>The LIS&apos;s address</source>
        <translation>Dirección del LIS</translation>
    </message>
    <message>
        <source>The HL7 message types (MSH-9) in the session</source>
        <translation>Tipos de mensaje HL7 (MSH-9) de la sesión</translation>
    </message>
    <message>
        <source>How many HL7 messages the session holds</source>
        <translation>Cuántos mensajes HL7 contiene la sesión</translation>
    </message>
    <message>
        <source>Whether the transmission ended as its framing expects</source>
        <translation>Si la transmisión terminó como prevé su entramado</translation>
    </message>
    <message>
        <source>Submission to the collector: pending, submitted, failed or ignored</source>
        <translation>Envío al recolector: pendiente, enviado, fallido o ignorado</translation>
    </message>
    <message>
        <source>How many times the session was sent to the collector</source>
        <translation>Cuántas veces se envió la sesión al recolector</translation>
    </message>
    <message>
        <source>When the collector accepted the session, or why the last attempt failed</source>
        <translation>Cuándo aceptó el recolector la sesión, o por qué falló el último intento</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>start time · how long ago</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Retrying %1: %2</source>
        <comment>retrying in 5 minutes: &lt;error&gt;</comment>
        <translation>Reintento %1: %2</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Pending: not sent to the collector yet</source>
        <translation>Pendiente: aún no se ha enviado al recolector</translation>
    </message>
    <message>
        <source>Pending: %1 attempts so far</source>
        <translation>Pendiente: %1 intentos hasta ahora</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Enviado el %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed after %1 attempts</source>
        <translation>Fallido tras %1 intentos</translation>
    </message>
    <message>
        <source>Ignored: never sent to the collector</source>
        <translation>Ignorado: nunca se envía al recolector</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Not written to the data folder yet: kept in memory and tried again</source>
        <translation>Aún no escrita en la carpeta de datos: se mantiene en memoria y se vuelve a intentar</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>Mostrar u ocultar el valor</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Elegir un archivo para %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Network interface (live capture)</source>
        <translation>Interfaz de red (captura en vivo)</translation>
    </message>
    <message>
        <source>Capture file (.pcap, .pcapng)</source>
        <translation>Archivo de captura (.pcap, .pcapng)</translation>
    </message>
    <message>
        <source>Recording proxy (no capture privilege needed)</source>
        <translation>Proxy de grabación (no requiere privilegio de captura)</translation>
    </message>
    <message>
        <source>Detect from the traffic</source>
        <translation>Detectar a partir del tráfico</translation>
    </message>
    <message>
        <source>ASTM-style (ENQ, STX … ETX, EOT)</source>
        <translation>Estilo ASTM (ENQ, STX … ETX, EOT)</translation>
    </message>
    <message>
        <source>E1381 (numbered frames with checksums)</source>
        <translation>E1381 (tramas numeradas con sumas de comprobación)</translation>
    </message>
    <message>
        <source>MLLP (VT … FS CR)</source>
        <translation>MLLP (VT … FS CR)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Debug (everything)</source>
        <translation>Depuración (todo)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1: %2</source>
        <translation>no se puede leer el archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is not a file</source>
        <translation>no se puede leer el archivo de configuración %1: no es un archivo</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is larger than %2 bytes</source>
        <translation>no se puede leer el archivo de configuración %1: ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>%1: settingsVersion must be a whole number (got &quot;%2&quot;); reading it as version %3</source>
        <translation>%1: settingsVersion debe ser un número entero (se recibió &quot;%2&quot;); se lee como versión %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (settings version %2); the settings this version does not know are kept as they are</source>
        <translation>%1 se escribió con una versión más reciente (versión de configuración %2); los ajustes que esta versión no conoce se conservan tal cual</translation>
    </message>
    <message>
        <source>%1: %2; using the default %3</source>
        <translation>%1: %2; se usa el valor predeterminado %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 not changed: %2 (fix or remove the file first)</source>
        <translation>%1 no modificado: %2 (corrija o elimine antes el archivo)</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation>%1 no modificado: %2</translation>
    </message>
    <message>
        <source>it holds NUL bytes, so it is not a text file</source>
        <translation>contiene bytes NUL, por lo que no es un archivo de texto</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>line %1 is not a [section]</source>
        <translation>la línea %1 no es una [sección]</translation>
    </message>
    <message>
        <source>line %1 is not key=value</source>
        <translation>la línea %1 no tiene la forma clave=valor</translation>
    </message>
    <message>
        <source>Keep captured sessions on disk (off: they live in memory only).</source>
        <translation>Guardar en disco las sesiones capturadas (desactivado: solo se mantienen en memoria).</translation>
    </message>
    <message>
        <source>Days a session is kept before the cleanup removes it.</source>
        <translation>Días que se conserva una sesión antes de que la limpieza la elimine.</translation>
    </message>
    <message>
        <source>Hours between two runs of the retention cleanup.</source>
        <translation>Horas entre dos ejecuciones de la limpieza por retención.</translation>
    </message>
    <message>
        <source>The cleanup only reports what it would remove, and removes nothing.</source>
        <translation>La limpieza solo informa de lo que eliminaría, sin eliminar nada.</translation>
    </message>
    <message>
        <source>The cleanup also removes expired sessions that were never submitted.</source>
        <translation>La limpieza también elimina las sesiones caducadas que nunca se enviaron.</translation>
    </message>
    <message>
        <source>URL of the REST collector that sessions are submitted to (empty: no submission).</source>
        <translation>URL del recolector REST al que se envían las sesiones (vacío: sin envío).</translation>
    </message>
    <message>
        <source>Authorization header sent to the collector, e.g. &quot;Bearer TOKEN&quot; (secret).</source>
        <translation>Cabecera Authorization enviada al recolector, p. ej., &quot;Bearer TOKEN&quot; (secreto).</translation>
    </message>
    <message>
        <source>Who the submissions are sent as (the performer).</source>
        <translation>Identidad con la que se realizan los envíos (campo performer).</translation>
    </message>
    <message>
        <source>Submissions sent at the same time.</source>
        <translation>Envíos simultáneos.</translation>
    </message>
    <message>
        <source>Attempts before a submission is marked failed.</source>
        <translation>Intentos antes de marcar un envío como fallido.</translation>
    </message>
    <message>
        <source>Minutes between two rounds of submission.</source>
        <translation>Minutos entre dos rondas de envío.</translation>
    </message>
    <message>
        <source>Seconds to wait for the collector&apos;s answer.</source>
        <translation>Segundos de espera de la respuesta del recolector.</translation>
    </message>
    <message>
        <source>PEM file of the CA that signs the collector&apos;s certificate (empty: the system&apos;s CAs).</source>
        <translation>Archivo PEM de la CA que firma el certificado del recolector (vacío: las CA del sistema).</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 must be %2%3</source>
        <translation>%1 debe ser %2%3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>empty or an absolute http:// or https:// URL</source>
        <translation>vacío o una URL absoluta http:// o https://</translation>
    </message>
    <message>
        <source>empty or the path of a readable file</source>
        <translation>vacío o la ruta de un archivo legible</translation>
    </message>
    <message>
        <source>one line of text without control characters</source>
        <translation>una línea de texto sin caracteres de control</translation>
    </message>
    <message>
        <source>%1 must be one line of text without control characters</source>
        <translation>%1 debe ser una línea de texto sin caracteres de control</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 must be %2: %3</source>
        <translation>%1 debe ser %2: %3</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known settings: %2</source>
        <translation>ajuste desconocido &quot;%1&quot;; ajustes conocidos: %2</translation>
    </message>
    <message>
        <source>%1 (startByte %2, ackByte %3, endByte %4)</source>
        <translation>%1 (startByte %2, ackByte %3, endByte %4)</translation>
    </message>
    <message>
        <source>%1: %2: %3; using the default %4</source>
        <translation>%1: %2: %3; se usa el valor predeterminado %4</translation>
    </message>
    <message>
        <source>Where the traffic comes from: interface (live capture), file (a capture file) or proxy (a recording proxy).</source>
        <translation>Origen del tráfico: interface (captura en vivo), file (un archivo de captura) o proxy (un proxy de grabación).</translation>
    </message>
    <message>
        <source>BPF filter of a live capture (empty: built from the device and LIS addresses).</source>
        <translation>Filtro BPF de una captura en vivo (vacío: se genera a partir de las direcciones del equipo y del LIS).</translation>
    </message>
    <message>
        <source>Framing of the traffic: auto (detected), astm, e1381 or mllp.</source>
        <translation>Entramado del tráfico: auto (detectado), astm, e1381 o mllp.</translation>
    </message>
    <message>
        <source>IP address of the analyzer (empty: any).</source>
        <translation>Dirección IP del analizador (vacío: cualquiera).</translation>
    </message>
    <message>
        <source>IP address of the LIS (empty: any).</source>
        <translation>Dirección IP del LIS (vacío: cualquiera).</translation>
    </message>
    <message>
        <source>TCP port of the LIS (0: any).</source>
        <translation>Puerto TCP del LIS (0: cualquiera).</translation>
    </message>
    <message>
        <source>Where the recording proxy listens for devices: [ADDR:]PORT.</source>
        <translation>Dónde escucha el proxy de grabación a los equipos: [DIRECCIÓN:]PUERTO.</translation>
    </message>
    <message>
        <source>Where the recording proxy forwards the traffic, the LIS: HOST:PORT.</source>
        <translation>Adónde reenvía el tráfico el proxy de grabación, el LIS: HOST:PUERTO.</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that starts a transmission (default 5, ENQ).</source>
        <translation>Entramado de estilo ASTM: el byte que inicia una transmisión (predeterminado 5, ENQ).</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that acknowledges (default 6, ACK).</source>
        <translation>Entramado de estilo ASTM: el byte de confirmación (predeterminado 6, ACK).</translation>
    </message>
    <message>
        <source>ASTM-style framing: the byte that ends a transmission (default 4, EOT).</source>
        <translation>Entramado de estilo ASTM: el byte que finaliza una transmisión (predeterminado 4, EOT).</translation>
    </message>
    <message>
        <source>MLLP: a pause of this many seconds ends a session on a connection that stays open.</source>
        <translation>MLLP: una pausa de estos segundos finaliza una sesión en una conexión que sigue abierta.</translation>
    </message>
    <message>
        <source>Start capturing when the app starts.</source>
        <translation>Empezar a capturar al iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Start with the window minimized.</source>
        <translation>Iniciar con la ventana minimizada.</translation>
    </message>
    <message>
        <source>Minimizing the window hides it in the system tray.</source>
        <translation>Al minimizar la ventana, se oculta en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Start the app when you log in.</source>
        <translation>Iniciar la aplicación al iniciar sesión.</translation>
    </message>
    <message>
        <source>Language of the app: en, de, fr or es (empty: the system&apos;s language).</source>
        <translation>Idioma de la aplicación: en, de, fr o es (vacío: el idioma del sistema).</translation>
    </message>
    <message>
        <source>What the app writes to its log: error, warning, info or debug.</source>
        <translation>Qué escribe la aplicación en su registro: error, warning, info o debug.</translation>
    </message>
    <message>
        <source>a byte from %1 to %2 (as 5 or 0x05) other than %3</source>
        <translation>un byte de %1 a %2 (como 5 o 0x05) distinto de %3</translation>
    </message>
    <message>
        <source>empty or one of %1</source>
        <translation>vacío o uno de %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>empty or an IPv4 or IPv6 address, such as 192.168.1.20 or fe80::1</source>
        <translation>vacío o una dirección IPv4 o IPv6, como 192.168.1.20 o fe80::1</translation>
    </message>
    <message>
        <source>a port from 1 to 65535, or ADDRESS:PORT with an IP address (such as 0.0.0.0:2575)</source>
        <translation>un puerto de 1 a 65535, o DIRECCIÓN:PUERTO con una dirección IP (como 0.0.0.0:2575)</translation>
    </message>
    <message>
        <source>empty or HOST:PORT, such as lis.example:2575 or 192.168.1.30:2575</source>
        <translation>vacío o HOST:PUERTO, como lis.example:2575 o 192.168.1.30:2575</translation>
    </message>
    <message>
        <source>Network interface to capture on (empty: every interface, libpcap&apos;s &quot;any&quot;).</source>
        <translation>Interfaz de red de la captura (vacío: todas las interfaces, «any» de libpcap).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <source>S&amp;torage and retention</source>
        <translation>&amp;Almacenamiento y retención</translation>
    </message>
    <message>
        <source>Su&amp;bmission</source>
        <translation>&amp;Envío</translation>
    </message>
    <message>
        <source>Start-&amp;up</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Guardar la configuración y cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Restore the defaults of this page</source>
        <translation>Restaurar los valores predeterminados de esta página</translation>
    </message>
    <message>
        <source>Puts the defaults in the fields of this page; OK or Apply saves them.</source>
        <translation>Pone los valores predeterminados en los campos de esta página; Aceptar o Aplicar los guarda.</translation>
    </message>
    <message>
        <source>Nothing can be saved until the settings file is fixed or removed: %1</source>
        <translation>No se puede guardar nada hasta que se corrija o elimine el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>The settings file holds values that were refused; the fields show what applies instead:
%1</source>
        <translation>El archivo de configuración contiene valores rechazados; los campos muestran lo que se aplica en su lugar:
%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Capture from</source>
        <translation>Capturar desde</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>The first that can be captured</source>
        <translation>La primera en la que se pueda capturar</translation>
    </message>
    <message>
        <source>BPF filter</source>
        <translation>Filtro BPF</translation>
    </message>
    <message>
        <source>Built from the addresses</source>
        <translation>Generado a partir de las direcciones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Analyzer IP</source>
        <translation>IP del analizador</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>LIS IP</source>
        <translation>IP del LIS</translation>
    </message>
    <message>
        <source>LIS port</source>
        <translation>Puerto del LIS</translation>
    </message>
    <message>
        <source>Recording proxy</source>
        <translation>Proxy de grabación</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <source>2575 or 0.0.0.0:2575</source>
        <translation>2575 o 0.0.0.0:2575</translation>
    </message>
    <message>
        <source>Forward to (LIS)</source>
        <translation>Reenviar a (LIS)</translation>
    </message>
    <message>
        <source>lis.example:2575</source>
        <translation>lis.example:2575</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Entramado</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Byte de inicio</translation>
    </message>
    <message>
        <source>Acknowledge byte</source>
        <translation>Byte de confirmación</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Byte de fin</translation>
    </message>
    <message>
        <source>The ASTM-style markers; STX, NAK, CR and LF cannot be used.</source>
        <translation>Los marcadores de estilo ASTM; no se pueden usar STX, NAK, CR ni LF.</translation>
    </message>
    <message>
        <source>MLLP idle gap</source>
        <translation>Intervalo de inactividad MLLP</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A pause this long ends an MLLP session on a connection that stays open.</source>
        <translation>Una pausa de esta duración finaliza una sesión MLLP en una conexión que sigue abierta.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Keep captured sessions on disk</source>
        <translation>Guardar en disco las sesiones capturadas</translation>
    </message>
    <message>
        <source>Keep sessions for</source>
        <translation>Conservar las sesiones durante</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Retention cleanup</source>
        <translation>Limpieza por retención</translation>
    </message>
    <message>
        <source>Run the cleanup every</source>
        <translation>Ejecutar la limpieza cada</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Also remove expired sessions that were never submitted</source>
        <translation>Eliminar también las sesiones caducadas que nunca se enviaron</translation>
    </message>
    <message>
        <source>Dry run: only report what the cleanup would remove</source>
        <translation>Simulación: solo informar de lo que eliminaría la limpieza</translation>
    </message>
    <message>
        <source>Removed sessions go to the trash folder, which is emptied after 7 days.</source>
        <translation>Las sesiones eliminadas van a la carpeta de la papelera, que se vacía al cabo de 7 días.</translation>
    </message>
    <message>
        <source>&amp;Preview (dry run)</source>
        <translation>&amp;Vista previa (simulación)</translation>
    </message>
    <message>
        <source>Preview the retention cleanup without removing anything</source>
        <translation>Previsualizar la limpieza por retención sin eliminar nada</translation>
    </message>
    <message>
        <source>&amp;Run cleanup now</source>
        <translation>Ejecutar &amp;limpieza ahora</translation>
    </message>
    <message>
        <source>Run the retention cleanup now</source>
        <translation>Ejecutar ahora la limpieza por retención</translation>
    </message>
    <message>
        <source>Uses the values on this page, saved or not; with dry run on, it only reports.</source>
        <translation>Usa los valores de esta página, estén guardados o no; con la simulación activada, solo informa.</translation>
    </message>
    <message>
        <source>Cleanup report</source>
        <translation>Informe de limpieza</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Recolector</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>https://collector.example/api/sessions (empty: no submission)</source>
        <translation>https://collector.example/api/sessions (vacío: sin envío)</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Bearer …</source>
        <translation>Bearer …</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Remitente (performer)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No se envía</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>The system&apos;s CAs only</source>
        <translation>Solo las CA del sistema</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <source>Test the connection to the collector</source>
        <translation>Probar la conexión con el recolector</translation>
    </message>
    <message>
        <source>Asks the collector with HEAD, using the values on this page; nothing is submitted.</source>
        <translation>Consulta al recolector con HEAD usando los valores de esta página; no se envía nada.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Parámetros de envío</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>Attempts per session</source>
        <translation>Intentos por sesión</translation>
    </message>
    <message>
        <source>Send every</source>
        <translation>Enviar cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Wait for an answer</source>
        <translation>Esperar la respuesta durante</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start HL7 Capture when I log in</source>
        <translation>Iniciar HL7 Capture al iniciar sesión</translation>
    </message>
    <message>
        <source>Start minimized</source>
        <translation>Iniciar minimizado</translation>
    </message>
    <message>
        <source>Start capturing when the app starts</source>
        <translation>Empezar a capturar al iniciar la aplicación</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Minimize to the system tray</source>
        <translation>Minimizar en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Language and log</source>
        <translation>Idioma y registro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>El cambio de idioma se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <source>The defaults of this page are in the fields; OK or Apply saves them.</source>
        <translation>Los valores predeterminados de esta página están en los campos; Aceptar o Aplicar los guarda.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not accepted, so nothing was saved; the reasons are next to the fields.</source>
        <translation>
            <numerusform>%n valor no aceptado, así que no se guardó nada; el motivo aparece junto al campo.</numerusform>
            <numerusform>%n valores no aceptados, así que no se guardó nada; los motivos aparecen junto a los campos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Dry run: nothing would be removed</source>
        <translation>Simulación: no se eliminaría nada</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n session(s) (%1)</source>
        <translation>
            <numerusform>Se eliminaría %n sesión (%1)</numerusform>
            <numerusform>Se eliminarían %n sesiones (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>No se eliminó nada</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) (%1) to the trash</source>
        <translation>
            <numerusform>Se movió %n sesión (%1) a la papelera</numerusform>
            <numerusform>Se movieron %n sesiones (%1) a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n kept because not submitted</source>
        <translation>
            <numerusform>%1; %n conservada por no haberse enviado</numerusform>
            <numerusform>%1; %n conservadas por no haberse enviado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n could not be moved: %2</source>
        <translation>
            <numerusform>%1; %n no se pudo mover: %2</numerusform>
            <numerusform>%1; %n no se pudieron mover: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Looking for what the cleanup would remove…</source>
        <translation>Buscando lo que eliminaría la limpieza…</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Limpiando…</translation>
    </message>
    <message>
        <source>The cleanup could not run: %1</source>
        <translation>No se pudo ejecutar la limpieza: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Sin probar: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The running instance did not take the request: %1</source>
        <translation>La instancia en ejecución no aceptó la solicitud: %1</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
</context>
<context>
    <name>SubmissionAttempt</name>
    <message>
        <source>The collector is busy and asked to wait: %1</source>
        <translation>El recolector está ocupado y ha pedido esperar: %1</translation>
    </message>
    <message>
        <source>The collector gave up waiting for the session: %1</source>
        <translation>El recolector dejó de esperar la sesión: %1</translation>
    </message>
    <message>
        <source>The collector failed to take the session: %1</source>
        <translation>El recolector no pudo aceptar la sesión: %1</translation>
    </message>
    <message>
        <source>The collector refused the session: %1</source>
        <translation>El recolector rechazó la sesión: %1</translation>
    </message>
    <message>
        <source>The collector did not answer within %1 s</source>
        <translation>El recolector no respondió en %1 s</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused</source>
        <translation>No se pudo conectar con %1: conexión rechazada</translation>
    </message>
    <message>
        <source>Could not find the collector&apos;s host %1</source>
        <translation>No se encontró el host del recolector %1</translation>
    </message>
    <message>
        <source>The collector at %1 closed the connection without answering</source>
        <translation>El recolector en %1 cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The collector&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del recolector no es de confianza: %1</translation>
    </message>
    <message>
        <source>Could not send the session to %1: %2</source>
        <translation>No se pudo enviar la sesión a %1: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionClient</name>
    <message>
        <source>the submission CA file %1 cannot be read</source>
        <translation>no se puede leer el archivo de CA de envío %1</translation>
    </message>
    <message>
        <source>the submission CA file %1 holds no PEM or DER certificate</source>
        <translation>el archivo de CA de envío %1 no contiene ningún certificado PEM ni DER</translation>
    </message>
</context>
<context>
    <name>SubmissionConfig</name>
    <message>
        <source>the submission endpoint &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>el punto de conexión de envío &quot;%1&quot; no es una URL http:// o https://</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>a year ago</source>
        <translation>hace un año</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>hace %1 años</translation>
    </message>
    <message>
        <source>in a year</source>
        <translation>dentro de un año</translation>
    </message>
    <message>
        <source>in %1 years</source>
        <translation>dentro de %1 años</translation>
    </message>
    <message>
        <source>a month ago</source>
        <translation>hace un mes</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>hace %1 meses</translation>
    </message>
    <message>
        <source>in a month</source>
        <translation>dentro de un mes</translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation>dentro de %1 meses</translation>
    </message>
    <message>
        <source>a day ago</source>
        <translation>hace un día</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>in a day</source>
        <translation>dentro de un día</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dentro de %1 días</translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <source>in an hour</source>
        <translation>dentro de una hora</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>dentro de %1 horas</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <source>in a minute</source>
        <translation>dentro de un minuto</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>dentro de %1 minutos</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
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
        <translation>Menú de la bandeja</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>&amp;Ocultar ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar ventana</translation>
    </message>
</context>
<context>
    <name>UiState</name>
    <message>
        <source>The window layout could not be written to %1</source>
        <translation>No se pudo escribir la disposición de la ventana en %1</translation>
    </message>
    <message>
        <source>The window layout in %1 could not be read</source>
        <translation>No se pudo leer la disposición de la ventana de %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Capture and inspect HL7 traffic between analyzers and the LIS.</source>
        <translation>Captura e inspecciona el tráfico HL7 entre los analizadores y el LIS.</translation>
    </message>
    <message>
        <source>Keep sessions and settings in &lt;dir&gt;.</source>
        <translation>Guardar las sesiones y la configuración en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Settings not read</source>
        <translation>Configuración no leída</translation>
    </message>
    <message>
        <source>The settings could not be read, so the defaults apply and the file is left as it is:

%1</source>
        <translation>No se pudo leer la configuración, por lo que se aplican los valores predeterminados y el archivo se deja tal cual:

%1</translation>
    </message>
    <message>
        <source>Sessions not saved</source>
        <translation>Sesiones no guardadas</translation>
    </message>
    <message>
        <source>These sessions could not be written to the data folder. Copies are kept here and are restored at the next start:

%1</source>
        <translation>Estas sesiones no se pudieron escribir en la carpeta de datos. Se conservan copias aquí, que se restaurarán en el próximo inicio:

%1</translation>
    </message>
    <message>
        <source>Start on a temporary data folder with a sample capture opened; nothing is kept.</source>
        <translation>Iniciar con una carpeta de datos temporal y una captura de ejemplo abierta; no se conserva nada.</translation>
    </message>
    <message>
        <source>Start in the system tray (minimized without one).</source>
        <translation>Iniciar en la bandeja del sistema (minimizado si no la hay).</translation>
    </message>
    <message>
        <source>Capture files (.pcap, .pcapng) to open.</source>
        <translation>Archivos de captura (.pcap, .pcapng) que se abrirán.</translation>
    </message>
    <message>
        <source>Demo not started</source>
        <translation>Demostración no iniciada</translation>
    </message>
    <message>
        <source>The demo needs a temporary data folder:

%1</source>
        <translation>La demostración necesita una carpeta de datos temporal:

%1</translation>
    </message>
</context>
</TS>
