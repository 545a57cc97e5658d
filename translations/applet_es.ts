<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>%1 asks to see your screen.</source>
        <translation>%1 solicita ver su pantalla.</translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation>%1 solicita controlar su ratón y su teclado.</translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation>%1 solicita enviar archivos a su equipo.</translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation>%1 solicita recibir archivos de su equipo.</translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation>%1 solicita explorar y administrar los archivos de su equipo.</translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation>%1 solicita ver información sobre su equipo.</translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation>%1 solicita reiniciar su equipo.</translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation>%1 solicita compartir el portapapeles (copiar y pegar) con usted.</translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation>%1 solicita grabar esta sesión.</translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation>Ver su pantalla</translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation>Controlar su ratón y su teclado</translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation>Enviar archivos a su equipo</translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation>Recibir archivos de su equipo</translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation>Explorar y administrar sus archivos</translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation>Ver información sobre su equipo</translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation>Reiniciar su equipo</translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation>Compartir el portapapeles</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Grabar la sesión</translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation>%1 puede ver y controlar su pantalla</translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation>%1 puede ver su pantalla</translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation>%1 tiene su permiso para trabajar en su equipo</translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation>No se comparte nada</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation>Este código no es válido o ha caducado. Compruebe los dígitos o pida un código nuevo a su técnico.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados códigos erróneos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados códigos erróneos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>La conexión no es segura: no se ha podido verificar el certificado del servidor. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation>No se ha podido contactar con el servidor de asistencia. Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation>Ha rechazado las condiciones. No se ha compartido nada.</translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation>Ha salido de la sesión.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 ha finalizado la sesión.</translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation>Se ha perdido la conexión de %1. La sesión ha terminado.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>Se ha perdido la conexión y no se ha podido restablecer.</translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation>El servidor de asistencia se ha apagado.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>La sesión ha terminado.</translation>
    </message>
    <message>
        <source>The session timed out and has ended. Nothing is shared any more.</source>
        <translation>La sesión ha caducado y ha terminado. Ya no se comparte nada.</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation>No se pudo hacer en su equipo: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation>Obtener ayuda de un técnico</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation>Introduzca el código de 6 dígitos que le ha dado su técnico.</translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation>No se comparte nada hasta que usted lo permita. Puede detenerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation>Lea estas condiciones. No ocurrirá nada en su equipo a menos que las acepte.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Retirar ahora todos los permisos (o pulse Pausa/Inter). El chat sigue abierto.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Salir de la sesión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>La sesión ha terminado</translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation>%1 — %2 está listo para ayudarle</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation>
            <numerusform>Conexión perdida. Reconectando… (queda %n segundo)</numerusform>
            <numerusform>Conexión perdida. Reconectando… (quedan %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation>Lifeline asistencia remota</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>No guardado: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has the files.</source>
        <translation>%1 ya tiene los archivos.</translation>
    </message>
    <message>
        <source>Files from %1 are saved in your Downloads/Lifeline folder.</source>
        <translation>Los archivos de %1 se guardan en su carpeta Downloads/Lifeline.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Enviando %1 a %2…</translation>
    </message>
    <message>
        <source>Receiving %1 from %2…</source>
        <translation>Recibiendo %1 de %2…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Save the chosen file on this computer, in a folder you choose.</source>
        <translation>Guardar el archivo elegido en este equipo, en una carpeta que usted elija.</translation>
    </message>
    <message>
        <source>Where should %1 be saved?</source>
        <translation>¿Dónde guardar %1?</translation>
    </message>
    <message>
        <source>The file is saved in %1.</source>
        <translation>El archivo se guardó en %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.</source>
        <translation>
            <numerusform>%n archivo de %1 para descargar. Elíjalo y dónde guardarlo; no se guarda nada si usted no lo hace.</numerusform>
            <numerusform>%n archivos de %1 para descargar. Elija uno y dónde guardarlo; no se guarda nada si usted no lo hace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::ConsentDialog</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation>%1 solicita permiso, solo para esta sesión, para:</translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation>Puede retirarlo todo en cualquier momento con Detener.</translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation>Permitir todo en esta sesión</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Preguntarme cada vez</translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation>Solicitud de permiso</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Retirar ahora todos los permisos (o pulse Pausa/Inter). El chat sigue abierto.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Salir de la sesión</translation>
    </message>
</context>
<context>
    <name>lifeline::session::CustomerSession</name>
    <message>
        <source>Connection restored.</source>
        <translation>Conexión restablecida.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Conexión perdida. Reconectando…</translation>
    </message>
</context>
<context>
    <name>lifeline::ui::ChatView</name>
    <message>
        <source>Type a message</source>
        <translation>Escriba un mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
</TS>
