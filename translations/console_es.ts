<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>At least 8 characters (your organisation may ask for more).</source>
        <translation>Al menos 8 caracteres (su organización puede pedir más).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Master administrator</source>
        <translation>Administrador principal</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Rol desconocido</translation>
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
    <name>Texts</name>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Dirección de correo o contraseña incorrecta.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos: esta cuenta está bloqueada %n minuto más.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos: esta cuenta está bloqueada %n minutos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Esta cuenta está desactivada. Consulte a su administrador.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</source>
        <translation>El certificado del relay no es de confianza (%1). Compruebe el archivo del certificado CA y la dirección del relay.</translation>
    </message>
    <message>
        <source>The relay cannot be reached (%1).</source>
        <translation>No se puede acceder al relay (%1).</translation>
    </message>
    <message>
        <source>The connection to the relay was lost (%1).</source>
        <translation>Se perdió la conexión con el relay (%1).</translation>
    </message>
    <message>
        <source>Limit reached: %1</source>
        <translation>Límite alcanzado: %1</translation>
    </message>
    <message>
        <source>This console is too old or too new for the relay (%1).</source>
        <translation>Esta consola es demasiado antigua o demasiado nueva para el relay (%1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Ver pantalla</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Control remoto</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Recibir archivos</translation>
    </message>
    <message>
        <source>Manage files</source>
        <translation>Gestionar archivos</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Información del sistema</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Compartir portapapeles</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing half-written was kept.</source>
        <translation>El disco está lleno (%1). No se ha guardado nada a medias.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent (%1). Send it again.</source>
        <translation>El archivo cambió mientras se enviaba (%1). Envíelo de nuevo.</translation>
    </message>
    <message>
        <source>The data arrived damaged and was not kept (%1).</source>
        <translation>Los datos llegaron dañados y no se guardaron (%1).</translation>
    </message>
    <message>
        <source>It already exists (%1).</source>
        <translation>Ya existe (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>No encontrado (%1).</translation>
    </message>
    <message>
        <source>This account uses two-step sign-in: enter the code from your authenticator app.</source>
        <translation>Esta cuenta usa el inicio de sesión en dos pasos: introduzca el código de su aplicación de autenticación.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::AdminCenter</name>
    <message>
        <source>Chat (on at the start)</source>
        <translation>Chat (activado al inicio)</translation>
    </message>
    <message>
        <source>Technician may switch chat on and off</source>
        <translation>El técnico puede activar y desactivar el chat</translation>
    </message>
    <message>
        <source>Start remote control</source>
        <translation>Iniciar el control remoto</translation>
    </message>
    <message>
        <source>Start desktop viewing</source>
        <translation>Iniciar la visualización del escritorio</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Recibir archivos</translation>
    </message>
    <message>
        <source>File manager</source>
        <translation>Administrador de archivos</translation>
    </message>
    <message>
        <source>Manage the customer&apos;s files</source>
        <translation>Administrar los archivos del cliente</translation>
    </message>
    <message>
        <source>Send web addresses</source>
        <translation>Enviar direcciones web</translation>
    </message>
    <message>
        <source>View system information</source>
        <translation>Ver la información del sistema</translation>
    </message>
    <message>
        <source>Restart the customer&apos;s computer</source>
        <translation>Reiniciar el equipo del cliente</translation>
    </message>
    <message>
        <source>Record sessions</source>
        <translation>Grabar las sesiones</translation>
    </message>
    <message>
        <source>Record only with the customer&apos;s consent</source>
        <translation>Grabar solo con el consentimiento del cliente</translation>
    </message>
    <message>
        <source>Start private (PIN) sessions</source>
        <translation>Iniciar sesiones privadas (PIN)</translation>
    </message>
    <message>
        <source>One question for all permissions</source>
        <translation>Una sola pregunta para todos los permisos</translation>
    </message>
    <message>
        <source>Transfer sessions to anyone</source>
        <translation>Transferir sesiones a cualquiera</translation>
    </message>
    <message>
        <source>Transfer sessions to chosen groups</source>
        <translation>Transferir sesiones a los grupos elegidos</translation>
    </message>
    <message>
        <source>Put sessions on hold</source>
        <translation>Poner sesiones en espera</translation>
    </message>
    <message>
        <source>Clipboard synchronisation</source>
        <translation>Sincronización del portapapeles</translation>
    </message>
    <message>
        <source>Share own screen with customers</source>
        <translation>Compartir la propia pantalla con los clientes</translation>
    </message>
    <message>
        <source>Invite another technician</source>
        <translation>Invitar a otro técnico</translation>
    </message>
    <message>
        <source>Run scripts</source>
        <translation>Ejecutar scripts</translation>
    </message>
    <message>
        <source>Unattended access</source>
        <translation>Acceso desatendido</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Use the permissions of the group above</source>
        <translation>Usar los permisos del grupo superior</translation>
    </message>
    <message>
        <source>Lock these permissions (other administrators cannot change them, here or below)</source>
        <translation>Bloquear estos permisos (otros administradores no pueden cambiarlos, aquí ni debajo)</translation>
    </message>
    <message>
        <source>Technicians sign in with an authenticator code (two-step sign-in)</source>
        <translation>Los técnicos inician sesión con un código de autenticación (inicio de sesión en dos pasos)</translation>
    </message>
    <message>
        <source>What technicians in this group may do</source>
        <translation>Lo que pueden hacer los técnicos de este grupo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>sin aviso</translation>
    </message>
    <message>
        <source>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</source>
        <translation>Vacío: inicio de sesión desde cualquier lugar. Si no, por ejemplo:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>Longitud mínima de la contraseña:</translation>
    </message>
    <message>
        <source>Character classes (of lower, upper, digit, symbol):</source>
        <translation>Clases de caracteres (de minúsculas, mayúsculas, dígitos, símbolos):</translation>
    </message>
    <message>
        <source>Password expires after (days):</source>
        <translation>La contraseña caduca tras (días):</translation>
    </message>
    <message>
        <source>Warn before it expires (days):</source>
        <translation>Avisar antes de que caduque (días):</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Política de contraseñas</translation>
    </message>
    <message>
        <source>IP restrictions for signing in (the most specific network decides):</source>
        <translation>Restricciones de IP para iniciar sesión (decide la red más específica):</translation>
    </message>
    <message>
        <source>Group and permissions</source>
        <translation>Grupo y permisos</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Reglas de inicio de sesión</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (bloqueado)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (desactivado)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>A master administrator has locked these permissions.</source>
        <translation>Un administrador principal ha bloqueado estos permisos.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep customers&apos; IP addresses in the session records</source>
        <translation>Guardar las direcciones IP de los clientes en los registros de sesión</translation>
    </message>
    <message>
        <source>A PIN is valid for:</source>
        <translation>Un PIN es válido durante:</translation>
    </message>
    <message>
        <source>Drag groups and technicians onto a group to move them.</source>
        <translation>Arrastre grupos y técnicos a un grupo para moverlos.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <source>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</source>
        <translation>Vacío: solo las reglas de la organización. Si no, por ejemplo:
default deny
allow 192.0.2.0/24</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <source>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</source>
        <translation>Desde dónde pueden iniciar sesión sus técnicos (y los de debajo), además de las reglas de la organización:</translation>
    </message>
    <message>
        <source>Enabled (may sign in)</source>
        <translation>Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>Manages:</source>
        <translation>Gestiona:</translation>
    </message>
    <message>
        <source>Reset two-step sign-in…</source>
        <translation>Restablecer el inicio de sesión en dos pasos…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Establecer contraseña…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Nickname (customers see it):</source>
        <translation>Apodo (lo ven los clientes):</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Grupo de técnicos:</translation>
    </message>
    <message>
        <source>Two-step sign-in:</source>
        <translation>Inicio de sesión en dos pasos:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Choose a group or a person in the organisation.</source>
        <translation>Elija un grupo o una persona de la organización.</translation>
    </message>
    <message>
        <source>From the customer joining until they accept the terms.</source>
        <translation>Desde que el cliente se une hasta que acepta las condiciones.</translation>
    </message>
    <message>
        <source>From the PIN until the customer joins, even if the PIN would still be valid.</source>
        <translation>Desde el PIN hasta que el cliente se une, aunque el PIN siguiera siendo válido.</translation>
    </message>
    <message>
        <source>An active session in which neither side sent anything: no chat, no screen, no input, no files.</source>
        <translation>Una sesión activa en la que ninguna parte envió nada: ni chat, ni pantalla, ni entrada, ni archivos.</translation>
    </message>
    <message>
        <source>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</source>
        <translation>Vacío: no se pide a los clientes aceptar condiciones. Texto sin formato, mostrado antes que nada.</translation>
    </message>
    <message>
        <source>Waiting sessions time out after:</source>
        <translation>Las sesiones en espera caducan tras:</translation>
    </message>
    <message>
        <source>Connecting sessions time out after:</source>
        <translation>Las sesiones conectándose caducan tras:</translation>
    </message>
    <message>
        <source>Idle sessions time out after:</source>
        <translation>Las sesiones inactivas caducan tras:</translation>
    </message>
    <message>
        <source>Sessions at once per technician:</source>
        <translation>Sesiones a la vez por técnico:</translation>
    </message>
    <message>
        <source>Terms and conditions every customer accepts first:</source>
        <translation>Condiciones que cada cliente acepta primero:</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Reglas de sesión</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Creado.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Movido.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Set up.</source>
        <translation>Configurado.</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>No configurado.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</source>
        <translation>%1 ya no podrá iniciar sesión y no se puede deshacer. Quien ha tenido sesiones se conserva para los registros: desactívelo en su lugar.</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>¿Eliminar el grupo %1?</translation>
    </message>
    <message>
        <source>Only an empty group can be deleted: move its groups and technicians first.</source>
        <translation>Solo se puede eliminar un grupo vacío: mueva antes sus grupos y técnicos.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in for %1?</source>
        <translation>¿Restablecer el inicio de sesión en dos pasos de %1?</translation>
    </message>
    <message>
        <source>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</source>
        <translation>Su aplicación de autenticación y sus códigos de recuperación dejan de funcionar. Inicia sesión solo con la contraseña y lo vuelve a configurar (enseguida, si su grupo lo exige).</translation>
    </message>
</context>
<context>
    <name>lifeline::console::FileManager</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask for file access</source>
        <translation>Pedir acceso a archivos</translation>
    </message>
    <message>
        <source>Ask the customer to allow sending, receiving and managing files.</source>
        <translation>Pedir al cliente que permita enviar, recibir y gestionar archivos.</translation>
    </message>
    <message>
        <source>Send →</source>
        <translation>Enviar →</translation>
    </message>
    <message>
        <source>Send the selected files and folders to the customer&apos;s download folder.</source>
        <translation>Enviar los archivos y carpetas elegidos a la carpeta de descargas del cliente.</translation>
    </message>
    <message>
        <source>← Fetch</source>
        <translation>← Traer</translation>
    </message>
    <message>
        <source>Fetch the selected files and folders into %1.</source>
        <translation>Traer los archivos y carpetas elegidos a %1.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(shared folder)</source>
        <translation>(carpeta compartida)</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Nueva carpeta %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar nombre de %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nueva carpeta…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Traer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1 on the customer&apos;s computer, with everything in it?</source>
        <translation>¿Eliminar %1 en el equipo del cliente, con todo su contenido?</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Waiting for the customer…</source>
        <translation>Esperando al cliente…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done — in %1</source>
        <translation>Hecho — en %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</source>
        <translation>La transferencia falló: %1 Haga clic derecho para reintentar; continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The customer&apos;s files cannot be shown: %1</source>
        <translation>No se pueden mostrar los archivos del cliente: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Offer the selected files for the customer to download when they choose (basic file transfer).</source>
        <translation>Ofrecer los archivos seleccionados para que el cliente los descargue cuando quiera (transferencia de archivos básica).</translation>
    </message>
    <message>
        <source>Publish for the customer to download</source>
        <translation>Publicar para que el cliente descargue</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Dejar de publicar</translation>
    </message>
    <message>
        <source>The customer no longer sees the selected files (downloads under way go on).</source>
        <translation>El cliente deja de ver los archivos seleccionados (las descargas en curso continúan).</translation>
    </message>
    <message>
        <source>Published — the customer can download these:</source>
        <translation>Publicados — el cliente puede descargar estos:</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <source>⇣ %1 (the customer downloads it)</source>
        <translation>⇣ %1 (el cliente lo descarga)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist on the customer&apos;s computer:</source>
        <translation>
            <numerusform>%n archivo ya existe en el equipo del cliente:</numerusform>
            <numerusform>%n archivos ya existen en el equipo del cliente:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n archivo ya existe en %1:</numerusform>
            <numerusform>%n archivos ya existen en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Archivos ya existentes</translation>
    </message>
    <message>
        <source>Replace them with the new ones, keep both (the new ones get a number), or skip them?</source>
        <translation>¿Reemplazarlos por los nuevos, conservar ambos (los nuevos reciben un número) u omitirlos?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message numerus="yes">
        <source>Done — %n skipped</source>
        <translation>
            <numerusform>Hecho — %n omitido</numerusform>
            <numerusform>Hecho — %n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer sees the published files and can download them.</source>
        <translation>El cliente ve los archivos publicados y puede descargarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) taken — waiting for your choice</source>
        <translation>
            <numerusform>%n nombre ocupado — esperando su elección</numerusform>
            <numerusform>%n nombres ocupados — esperando su elección</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::MainWindow</name>
    <message>
        <source>Lifeline Console</source>
        <translation>Consola Lifeline</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</source>
        <translation>La consola perdió la conexión con el relay: %1 Las sesiones en pestañas mantienen sus propias conexiones; vuelva a iniciar sesión para ver la cola.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Guardado a las %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>La consola usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>No conectado al relay.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3 — relay %4:%5</source>
        <translation>Sesión iniciada como %1 (%2) — %3 — relay %4:%5</translation>
    </message>
    <message>
        <source>Too many sessions</source>
        <translation>Demasiadas sesiones</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n session(s) open, the most allowed. End one to start another.</source>
        <translation>
            <numerusform>Ya tiene %n sesión abierta, el máximo permitido. Finalícela para iniciar otra.</numerusform>
            <numerusform>Ya tiene %n sesiones abiertas, el máximo permitido. Finalice una para iniciar otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still open. Quit and end them?</source>
        <translation>
            <numerusform>%n sesión sigue abierta. ¿Salir y finalizarla?</numerusform>
            <numerusform>%n sesiones siguen abiertas. ¿Salir y finalizarlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End session and close tab</source>
        <translation>&amp;Finalizar la sesión y cerrar la pestaña</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Centro de administración</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Contraseña no cambiada</translation>
    </message>
    <message>
        <source>Your password was not changed: %1</source>
        <translation>Su contraseña no se ha cambiado: %1</translation>
    </message>
    <message>
        <source>Set up &amp;two-step sign-in…</source>
        <translation>Configurar inicio de sesión en &amp;dos pasos…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s): Settings → Change password.</source>
        <translation>
            <numerusform>Su contraseña caduca en %n día: Configuración → Cambiar contraseña.</numerusform>
            <numerusform>Su contraseña caduca en %n días: Configuración → Cambiar contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</source>
        <translation>El inicio de sesión en dos pasos está activo: a partir de ahora se pedirá el código de la aplicación.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>What customers see (the first name if empty)</source>
        <translation>Lo que ven los clientes (vacío: el nombre)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>May sign in now</source>
        <translation>Puede iniciar sesión ya</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Apodo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Grupo de técnicos:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Escriba una dirección de correo.</translation>
    </message>
    <message>
        <source>Technicians belong to a group: make one first.</source>
        <translation>Los técnicos pertenecen a un grupo: cree uno primero.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Ticket number or note (optional)</source>
        <translation>Número de incidencia o nota (opcional)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Crear sesión</translation>
    </message>
    <message>
        <source>Give the customer this PIN:</source>
        <translation>Dé al cliente este PIN:</translation>
    </message>
    <message>
        <source>&amp;Copy PIN</source>
        <translation>&amp;Copiar PIN</translation>
    </message>
    <message>
        <source>Read this to the customer:</source>
        <translation>Lea esto al cliente:</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <translation>Válido una vez, hasta las %1.</translation>
    </message>
    <message>
        <source>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</source>
        <translation>«Por favor, inicie el programa de asistencia Lifeline que le envié. Cuando le pida un PIN, escriba %1. Verá mi nombre, %2, y el programa le preguntará antes de que yo pueda ver o hacer nada. El PIN es válido hasta las %3.»</translation>
    </message>
</context>
<context>
    <name>lifeline::console::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person or by phone; they can change it later.</source>
        <translation>Una nueva contraseña para %1. Comuníquesela en persona o por teléfono; podrá cambiarla después.</translation>
    </message>
    <message>
        <source>A new password for your account (%1).</source>
        <translation>Una nueva contraseña para su cuenta (%1).</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to go on working (%1).</source>
        <translation>Su contraseña ha caducado. Elija una nueva para seguir trabajando (%1).</translation>
    </message>
    <message>
        <source>Type your current password too.</source>
        <translation>Escriba también su contraseña actual.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::ReportsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Sesiones perdidas</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Registros de chat</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Técnico:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>A report covers at most 366 days.</source>
        <translation>Un informe abarca como mucho 366 días.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Consultando al relé…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Sin informe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</source>
        <translation>
            <numerusform>%n sesión, %1 perdida(s). Espera: media %2, máxima %3. Atención: media %4, máxima %5.</numerusform>
            <numerusform>%n sesiones, %1 perdida(s). Espera: media %2, máxima %3. Atención: media %4, máxima %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown: choose fewer days.</source>
        <translation>Solo se muestran las primeras %1 filas: elija menos días.</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <source>Average waiting and handling (minutes)</source>
        <translation>Espera y atención medias (minutos)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) in %1.</source>
        <translation>
            <numerusform>%n fila guardada en %1.</numerusform>
            <numerusform>%n filas guardadas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionListModel</name>
    <message>
        <source>Waiting for customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Customer reconnecting</source>
        <translation>El cliente se está reconectando</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>you ended the session</source>
        <translation>usted finalizó la sesión</translation>
    </message>
    <message>
        <source>the customer ended the session</source>
        <translation>el cliente finalizó la sesión</translation>
    </message>
    <message>
        <source>your console lost its connection</source>
        <translation>su consola perdió la conexión</translation>
    </message>
    <message>
        <source>the customer&apos;s connection was lost</source>
        <translation>se perdió la conexión del cliente</translation>
    </message>
    <message>
        <source>your console stopped answering</source>
        <translation>su consola dejó de responder</translation>
    </message>
    <message>
        <source>the customer&apos;s applet stopped answering</source>
        <translation>el programa del cliente dejó de responder</translation>
    </message>
    <message>
        <source>the PIN expired before the customer joined</source>
        <translation>el PIN caducó antes de que el cliente se uniera</translation>
    </message>
    <message>
        <source>the relay shut down</source>
        <translation>el relay se apagó</translation>
    </message>
    <message>
        <source>a malformed message</source>
        <translation>un mensaje mal formado</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido hasta las %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>the customer did not accept the terms in time</source>
        <translation>el cliente no aceptó las condiciones a tiempo</translation>
    </message>
    <message>
        <source>the customer did not join in time</source>
        <translation>el cliente no se unió a tiempo</translation>
    </message>
    <message>
        <source>nothing happened in the session for too long</source>
        <translation>no pasó nada en la sesión durante demasiado tiempo</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionTab</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Notes about this session, kept with its record on the relay.</source>
        <translation>Notas sobre esta sesión, guardadas con su registro en el relay.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Guardar notas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Ida y vuelta:</translation>
    </message>
    <message>
        <source>Click to picture:</source>
        <translation>Del clic a la imagen:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Velocidad de fotogramas:</translation>
    </message>
    <message>
        <source>Bitrate:</source>
        <translation>Tasa de bits:</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Codificador:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Fotogramas:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Clipboard sharing is not available here: %1</source>
        <translation>Compartir el portapapeles no está disponible aquí: %1</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Ver pantalla</translation>
    </message>
    <message>
        <source>Ask the customer to show their screen; again to stop viewing.</source>
        <translation>Pedir al cliente que muestre su pantalla; de nuevo para dejar de verla.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controlar</translation>
    </message>
    <message>
        <source>Ask the customer for control of mouse and keyboard; again to give it back.</source>
        <translation>Pedir al cliente el control del ratón y el teclado; de nuevo para devolverlo.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</source>
        <translation>Ajustar la pantalla del cliente; desactivado: 1:1 con barras de desplazamiento.</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>On %1 (%2×%3)</source>
        <translation>En %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s monitors to show</source>
        <translation>Qué monitor del cliente mostrar</translation>
    </message>
    <message>
        <source>Standard (sharp)</source>
        <translation>Estándar (nítido)</translation>
    </message>
    <message>
        <source>Performance (fast)</source>
        <translation>Rendimiento (rápido)</translation>
    </message>
    <message>
        <source>Full colour</source>
        <translation>Color completo</translation>
    </message>
    <message>
        <source>16-bit colour</source>
        <translation>Color de 16 bits</translation>
    </message>
    <message>
        <source>256 colours</source>
        <translation>256 colores</translation>
    </message>
    <message>
        <source>Special keys</source>
        <translation>Teclas especiales</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Supr</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Windows / Super key</source>
        <translation>Tecla Windows / Super</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Impr Pant</translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Esc</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Share the clipboard with the customer (they are asked first).</source>
        <translation>Compartir el portapapeles con el cliente (se le pregunta primero).</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Finalizar sesión</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Sesión finalizada: %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to join with PIN %2.</source>
        <translation>Esperando a que %1 se una con el PIN %2.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>%1&apos;s connection dropped; waiting for the applet to come back.</source>
        <translation>La conexión de %1 se cortó; esperando a que vuelva el programa.</translation>
    </message>
    <message>
        <source>Control paused: %1 is using the mouse or keyboard.</source>
        <translation>Control en pausa: %1 está usando el ratón o el teclado.</translation>
    </message>
    <message>
        <source>In control of %1&apos;s computer.</source>
        <translation>Controlando el equipo de %1.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only).</source>
        <translation>Viendo la pantalla de %1 (solo ver).</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>Esperando la respuesta de %1…</translation>
    </message>
    <message>
        <source>Connected with %1. Ask to view the screen or chat.</source>
        <translation>Conectado con %1. Pida ver la pantalla o use el chat.</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Todos los monitores</translation>
    </message>
    <message>
        <source>Monitor %1 (%2×%3)%4</source>
        <translation>Monitor %1 (%2×%3)%4</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, principal</translation>
    </message>
    <message>
        <source>There is no picture of the customer&apos;s screen yet.</source>
        <translation>Aún no hay imagen de la pantalla del cliente.</translation>
    </message>
    <message>
        <source>session-%1-%2.png</source>
        <translation>sesion-%1-%2.png</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Guardar captura de pantalla</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>No se pudo guardar %1.</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>Leave full screen (Ctrl+Alt+Shift+F)</source>
        <translation>Salir de pantalla completa (Ctrl+Alt+Mayús+F)</translation>
    </message>
    <message>
        <source>End the session with %1? The customer&apos;s applet is told and stops sharing.</source>
        <translation>¿Finalizar la sesión con %1? El programa del cliente recibe el aviso y deja de compartir.</translation>
    </message>
    <message>
        <source>The customer&apos;s screen shows here once they allow it.</source>
        <translation>La pantalla del cliente aparece aquí en cuanto lo permita.</translation>
    </message>
    <message>
        <source>Stopped by %1: nothing is shared now. Ask again when they are ready.</source>
        <translation>Detenido por %1: ahora no se comparte nada. Vuelva a pedirlo cuando el cliente esté listo.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only); %1 declined control.</source>
        <translation>Viendo la pantalla de %1 (solo ver); %1 rechazó el control.</translation>
    </message>
    <message>
        <source>%1 declined. Ask again, or explain in the chat why you need it.</source>
        <translation>%1 lo rechazó. Vuelva a pedirlo o explique en el chat por qué lo necesita.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this in this session.</source>
        <translation>La política de su organización no lo permite en esta sesión.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>File Manager</source>
        <translation>Administrador de archivos</translation>
    </message>
    <message>
        <source>Recoveries:</source>
        <translation>Recuperaciones:</translation>
    </message>
    <message>
        <source>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</source>
        <translation>La imagen se detuvo y se volvió a sincronizar. Infórmelo junto con el registro del cliente.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</source>
        <translation>Automática mantiene nítido el texto y envía las imágenes en movimiento como vídeo; Estándar lo envía todo nítido; Rendimiento envía como vídeo todo lo que se mueve.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SignInDialog</name>
    <message>
        <source>Sign in — Lifeline Console</source>
        <translation>Iniciar sesión — Consola Lifeline</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Relay CA certificate</source>
        <translation>Certificado CA del relay</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificado CA:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to your Lifeline relay</source>
        <translation>Inicie sesión en su relay Lifeline</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</source>
        <translation>Escriba la dirección del relay como host:puerto, por ejemplo relay.example.com:7443.</translation>
    </message>
    <message>
        <source>Type your e-mail address and password.</source>
        <translation>Escriba su correo y su contraseña.</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: %1</source>
        <translation>No se puede leer el certificado CA: %1</translation>
    </message>
    <message>
        <source>six digits from the app, or a recovery code</source>
        <translation>seis dígitos de la aplicación, o un código de recuperación</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>Your account uses two-step sign-in. Type the code your authenticator app shows now.</source>
        <translation>Su cuenta usa inicio de sesión en dos pasos. Escriba el código que muestra ahora su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Wrong e-mail address, password or code.</source>
        <translation>Correo, contraseña o código incorrectos.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Escriba el código que muestra ahora su aplicación de autenticación.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::TwoFactorDialog</name>
    <message>
        <source>Two-step sign-in — Lifeline Console</source>
        <translation>Inicio de sesión en dos pasos — Lifeline Console</translation>
    </message>
    <message>
        <source>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</source>
        <translation>Su grupo de técnicos exige el inicio de sesión en dos pasos. Hasta que lo configure, no puede iniciar sesiones.</translation>
    </message>
    <message>
        <source>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</source>
        <translation>El inicio de sesión pedirá su contraseña y un código de seis dígitos de una aplicación de autenticación en su teléfono (cualquier aplicación de códigos temporales, por ejemplo FreeOTP o Google Authenticator).</translation>
    </message>
    <message>
        <source>Asking the relay for a new key…</source>
        <translation>Pidiendo una clave nueva al relé…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Guardar códigos de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in %1: %2</source>
        <translation>No se pudieron guardar los códigos de recuperación en %1: %2</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>1. Scan this code with the app:</source>
        <translation>1. Escanee este código con la aplicación:</translation>
    </message>
    <message>
        <source>…or type this key into it:</source>
        <translation>…o escriba en ella esta clave:</translation>
    </message>
    <message>
        <source>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</source>
        <translation>2. Guarde estos códigos de recuperación en un lugar seguro. Cada uno le permite entrar una vez si pierde el teléfono; no se volverán a mostrar.</translation>
    </message>
    <message>
        <source>3. Code the app shows now:</source>
        <translation>3. Código que muestra ahora la aplicación:</translation>
    </message>
    <message>
        <source>Two-step sign-in cannot be set up now: %1</source>
        <translation>No se puede configurar ahora el inicio de sesión en dos pasos: %1</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>Ese código no es correcto. Compruebe la hora del teléfono y escriba el código que muestra ahora la aplicación.</translation>
    </message>
    <message>
        <source>(no QR code: type the key below)</source>
        <translation>(sin código QR: escriba la clave de abajo)</translation>
    </message>
    <message>
        <source>Type the code the app shows now.</source>
        <translation>Escriba el código que muestra ahora la aplicación.</translation>
    </message>
</context>
<context>
    <name>lifeline::session::TechnicianSession</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Connection to the relay lost: %1</source>
        <translation>Conexión con el relay perdida: %1</translation>
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
