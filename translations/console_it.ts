<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>QObject</name>
    <message>
        <source>At least 8 characters (your organisation may ask for more).</source>
        <translation>Almeno 8 caratteri (la vostra organizzazione può chiederne di più).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Master administrator</source>
        <translation>Amministratore principale</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Ruolo sconosciuto</translation>
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
        <translation>Indirizzo e-mail o password errati.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Troppi accessi non riusciti: questo account è bloccato per altri %n minuto.</numerusform>
            <numerusform>Troppi accessi non riusciti: questo account è bloccato per altri %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Questo account è disattivato. Rivolgiti al tuo amministratore.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</source>
        <translation>Il certificato del relay non è attendibile (%1). Controlla il file del certificato CA e l&apos;indirizzo del relay.</translation>
    </message>
    <message>
        <source>The relay cannot be reached (%1).</source>
        <translation>Il relay non è raggiungibile (%1).</translation>
    </message>
    <message>
        <source>The connection to the relay was lost (%1).</source>
        <translation>La connessione al relay è stata persa (%1).</translation>
    </message>
    <message>
        <source>Limit reached: %1</source>
        <translation>Limite raggiunto: %1</translation>
    </message>
    <message>
        <source>This console is too old or too new for the relay (%1).</source>
        <translation>Questa console è troppo vecchia o troppo nuova per il relay (%1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non consentito: %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Qualcosa è andato storto.</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Visualizza schermo</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Controllo remoto</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Invia file</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Ricevi file</translation>
    </message>
    <message>
        <source>Manage files</source>
        <translation>Gestisci file</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informazioni di sistema</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Riavvia</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Condivisione degli appunti</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing half-written was kept.</source>
        <translation>Il disco è pieno (%1). Non è stato tenuto nulla di scritto a metà.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent (%1). Send it again.</source>
        <translation>Il file è cambiato durante l&apos;invio (%1). Invialo di nuovo.</translation>
    </message>
    <message>
        <source>The data arrived damaged and was not kept (%1).</source>
        <translation>I dati sono arrivati danneggiati e non sono stati tenuti (%1).</translation>
    </message>
    <message>
        <source>It already exists (%1).</source>
        <translation>Esiste già (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Non trovato (%1).</translation>
    </message>
    <message>
        <source>This account uses two-step sign-in: enter the code from your authenticator app.</source>
        <translation>Questo account usa l’accesso in due passaggi: inserisci il codice della tua app di autenticazione.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::AdminCenter</name>
    <message>
        <source>Chat (on at the start)</source>
        <translation>Chat (attiva all’inizio)</translation>
    </message>
    <message>
        <source>Technician may switch chat on and off</source>
        <translation>Il tecnico può attivare e disattivare la chat</translation>
    </message>
    <message>
        <source>Start remote control</source>
        <translation>Avviare il controllo remoto</translation>
    </message>
    <message>
        <source>Start desktop viewing</source>
        <translation>Avviare la visualizzazione del desktop</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Inviare file</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Ricevere file</translation>
    </message>
    <message>
        <source>File manager</source>
        <translation>Gestione file</translation>
    </message>
    <message>
        <source>Manage the customer&apos;s files</source>
        <translation>Gestire i file del cliente</translation>
    </message>
    <message>
        <source>Send web addresses</source>
        <translation>Inviare indirizzi web</translation>
    </message>
    <message>
        <source>View system information</source>
        <translation>Vedere le informazioni di sistema</translation>
    </message>
    <message>
        <source>Restart the customer&apos;s computer</source>
        <translation>Riavviare il computer del cliente</translation>
    </message>
    <message>
        <source>Record sessions</source>
        <translation>Registrare le sessioni</translation>
    </message>
    <message>
        <source>Record only with the customer&apos;s consent</source>
        <translation>Registrare solo con il consenso del cliente</translation>
    </message>
    <message>
        <source>Start private (PIN) sessions</source>
        <translation>Avviare sessioni private (PIN)</translation>
    </message>
    <message>
        <source>One question for all permissions</source>
        <translation>Una sola domanda per tutti i permessi</translation>
    </message>
    <message>
        <source>Transfer sessions to anyone</source>
        <translation>Trasferire le sessioni a chiunque</translation>
    </message>
    <message>
        <source>Transfer sessions to chosen groups</source>
        <translation>Trasferire le sessioni ai gruppi scelti</translation>
    </message>
    <message>
        <source>Put sessions on hold</source>
        <translation>Mettere le sessioni in attesa</translation>
    </message>
    <message>
        <source>Clipboard synchronisation</source>
        <translation>Sincronizzazione degli appunti</translation>
    </message>
    <message>
        <source>Share own screen with customers</source>
        <translation>Condividere il proprio schermo con i clienti</translation>
    </message>
    <message>
        <source>Invite another technician</source>
        <translation>Invitare un altro tecnico</translation>
    </message>
    <message>
        <source>Run scripts</source>
        <translation>Eseguire script</translation>
    </message>
    <message>
        <source>Unattended access</source>
        <translation>Accesso non presidiato</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuovo gruppo…</translation>
    </message>
    <message>
        <source>Use the permissions of the group above</source>
        <translation>Usare i permessi del gruppo superiore</translation>
    </message>
    <message>
        <source>Lock these permissions (other administrators cannot change them, here or below)</source>
        <translation>Bloccare questi permessi (gli altri amministratori non possono modificarli, qui o sotto)</translation>
    </message>
    <message>
        <source>Technicians sign in with an authenticator code (two-step sign-in)</source>
        <translation>I tecnici accedono con un codice di autenticazione (accesso in due passaggi)</translation>
    </message>
    <message>
        <source>What technicians in this group may do</source>
        <translation>Cosa possono fare i tecnici di questo gruppo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>nessun avviso</translation>
    </message>
    <message>
        <source>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</source>
        <translation>Vuoto: accesso da ovunque. Altrimenti, per esempio:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>Lunghezza minima della password:</translation>
    </message>
    <message>
        <source>Character classes (of lower, upper, digit, symbol):</source>
        <translation>Classi di caratteri (tra minuscole, maiuscole, cifre, simboli):</translation>
    </message>
    <message>
        <source>Password expires after (days):</source>
        <translation>La password scade dopo (giorni):</translation>
    </message>
    <message>
        <source>Warn before it expires (days):</source>
        <translation>Avvisare prima della scadenza (giorni):</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Criteri per le password</translation>
    </message>
    <message>
        <source>IP restrictions for signing in (the most specific network decides):</source>
        <translation>Restrizioni IP per l’accesso (decide la rete più specifica):</translation>
    </message>
    <message>
        <source>Group and permissions</source>
        <translation>Gruppo e permessi</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Regole di accesso</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non eseguito: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (bloccato)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (disattivato)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Amministratori</translation>
    </message>
    <message>
        <source>A master administrator has locked these permissions.</source>
        <translation>Un amministratore principale ha bloccato questi permessi.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep customers&apos; IP addresses in the session records</source>
        <translation>Conservare gli indirizzi IP dei clienti nei registri delle sessioni</translation>
    </message>
    <message>
        <source>A PIN is valid for:</source>
        <translation>Un PIN è valido per:</translation>
    </message>
    <message>
        <source>Drag groups and technicians onto a group to move them.</source>
        <translation>Trascinate gruppi e tecnici su un gruppo per spostarli.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nuova persona…</translation>
    </message>
    <message>
        <source>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</source>
        <translation>Vuoto: solo le regole dell&apos;organizzazione. Altrimenti, per esempio:
default deny
allow 192.0.2.0/24</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Elimina gruppo…</translation>
    </message>
    <message>
        <source>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</source>
        <translation>Da dove i suoi tecnici (e quelli sotto) possono accedere, oltre alle regole dell&apos;organizzazione:</translation>
    </message>
    <message>
        <source>Enabled (may sign in)</source>
        <translation>Attivo (può accedere)</translation>
    </message>
    <message>
        <source>Manages:</source>
        <translation>Gestisce:</translation>
    </message>
    <message>
        <source>Reset two-step sign-in…</source>
        <translation>Reimposta l&apos;accesso in due passaggi…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Imposta password…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Nickname (customers see it):</source>
        <translation>Soprannome (lo vedono i clienti):</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Gruppo di tecnici:</translation>
    </message>
    <message>
        <source>Two-step sign-in:</source>
        <translation>Accesso in due passaggi:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Choose a group or a person in the organisation.</source>
        <translation>Scegliete un gruppo o una persona nell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>From the customer joining until they accept the terms.</source>
        <translation>Dall&apos;ingresso del cliente finché accetta le condizioni.</translation>
    </message>
    <message>
        <source>From the PIN until the customer joins, even if the PIN would still be valid.</source>
        <translation>Dal PIN finché il cliente entra, anche se il PIN sarebbe ancora valido.</translation>
    </message>
    <message>
        <source>An active session in which neither side sent anything: no chat, no screen, no input, no files.</source>
        <translation>Una sessione attiva in cui nessuna delle due parti ha inviato nulla: niente chat, schermo, input o file.</translation>
    </message>
    <message>
        <source>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</source>
        <translation>Vuoto: ai clienti non si chiede di accettare condizioni. Testo semplice, mostrato prima di tutto.</translation>
    </message>
    <message>
        <source>Waiting sessions time out after:</source>
        <translation>Le sessioni in attesa scadono dopo:</translation>
    </message>
    <message>
        <source>Connecting sessions time out after:</source>
        <translation>Le sessioni in connessione scadono dopo:</translation>
    </message>
    <message>
        <source>Idle sessions time out after:</source>
        <translation>Le sessioni inattive scadono dopo:</translation>
    </message>
    <message>
        <source>Sessions at once per technician:</source>
        <translation>Sessioni contemporanee per tecnico:</translation>
    </message>
    <message>
        <source>Terms and conditions every customer accepts first:</source>
        <translation>Condizioni che ogni cliente accetta per prime:</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Regole delle sessioni</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporti</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminato.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Creato.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Spostato.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Set up.</source>
        <translation>Configurato.</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Non configurato.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Eliminare %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</source>
        <translation>%1 non potrà più accedere e non si può annullare. Chi ha tenuto sessioni resta per i registri: disattivatelo invece.</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>Eliminare il gruppo %1?</translation>
    </message>
    <message>
        <source>Only an empty group can be deleted: move its groups and technicians first.</source>
        <translation>Si può eliminare solo un gruppo vuoto: spostate prima i suoi gruppi e tecnici.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in for %1?</source>
        <translation>Reimpostare l&apos;accesso in due passaggi di %1?</translation>
    </message>
    <message>
        <source>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</source>
        <translation>L&apos;app di autenticazione e i codici di recupero smettono di funzionare. La persona accede con la sola password e lo riconfigura (subito, se il suo gruppo lo richiede).</translation>
    </message>
</context>
<context>
    <name>lifeline::console::FileManager</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Ask for file access</source>
        <translation>Chiedi l&apos;accesso ai file</translation>
    </message>
    <message>
        <source>Ask the customer to allow sending, receiving and managing files.</source>
        <translation>Chiedi al cliente di consentire l&apos;invio, la ricezione e la gestione dei file.</translation>
    </message>
    <message>
        <source>Send →</source>
        <translation>Invia →</translation>
    </message>
    <message>
        <source>Send the selected files and folders to the customer&apos;s download folder.</source>
        <translation>Invia i file e le cartelle scelti nella cartella download del cliente.</translation>
    </message>
    <message>
        <source>← Fetch</source>
        <translation>← Preleva</translation>
    </message>
    <message>
        <source>Fetch the selected files and folders into %1.</source>
        <translation>Preleva i file e le cartelle scelti in %1.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(shared folder)</source>
        <translation>(cartella condivisa)</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Nuova cartella %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rinomina %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nuova cartella…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nuova cartella</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Preleva</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete %1 on the customer&apos;s computer, with everything in it?</source>
        <translation>Eliminare %1 sul computer del cliente, con tutto il contenuto?</translation>
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
        <translation>In attesa del cliente…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Done — in %1</source>
        <translation>Fatto — in %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</source>
        <translation>Trasferimento non riuscito: %1 Fai clic destro per riprovare; riprende da dove si era fermato.</translation>
    </message>
    <message>
        <source>The customer&apos;s files cannot be shown: %1</source>
        <translation>I file del cliente non possono essere mostrati: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fatto.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Offer the selected files for the customer to download when they choose (basic file transfer).</source>
        <translation>Offri i file selezionati al cliente, che li scarica quando vuole (trasferimento file semplice).</translation>
    </message>
    <message>
        <source>Publish for the customer to download</source>
        <translation>Pubblica per il download da parte del cliente</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Interrompi la pubblicazione</translation>
    </message>
    <message>
        <source>The customer no longer sees the selected files (downloads under way go on).</source>
        <translation>Il cliente non vede più i file selezionati (i download in corso proseguono).</translation>
    </message>
    <message>
        <source>Published — the customer can download these:</source>
        <translation>Pubblicati — il cliente può scaricare questi:</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non pubblicato: %1</translation>
    </message>
    <message>
        <source>⇣ %1 (the customer downloads it)</source>
        <translation>⇣ %1 (il cliente lo scarica)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e altri %n</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist on the customer&apos;s computer:</source>
        <translation>
            <numerusform>%n file esiste già sul computer del cliente:</numerusform>
            <numerusform>%n file esistono già sul computer del cliente:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n file esiste già in %1:</numerusform>
            <numerusform>%n file esistono già in %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>File già presenti</translation>
    </message>
    <message>
        <source>Replace them with the new ones, keep both (the new ones get a number), or skip them?</source>
        <translation>Sostituirli con i nuovi, tenere entrambi (i nuovi ricevono un numero) o saltarli?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sovrascrivi</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tieni entrambi</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message numerus="yes">
        <source>Done — %n skipped</source>
        <translation>
            <numerusform>Fatto — %n saltato</numerusform>
            <numerusform>Fatto — %n saltati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer sees the published files and can download them.</source>
        <translation>Il cliente vede i file pubblicati e può scaricarli.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) taken — waiting for your choice</source>
        <translation>
            <numerusform>%n nome già usato — in attesa della tua scelta</numerusform>
            <numerusform>%n nomi già usati — in attesa della tua scelta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::MainWindow</name>
    <message>
        <source>Lifeline Console</source>
        <translation>Console Lifeline</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nuova sessione…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connessione persa</translation>
    </message>
    <message>
        <source>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</source>
        <translation>La console ha perso la connessione al relay: %1 Le sessioni nelle schede mantengono le proprie connessioni; accedi di nuovo per vedere la coda.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Salvato alle %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nuova sessione…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>La console userà la nuova lingua dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Non connesso al relay.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3 — relay %4:%5</source>
        <translation>Accesso come %1 (%2) — %3 — relay %4:%5</translation>
    </message>
    <message>
        <source>Too many sessions</source>
        <translation>Troppe sessioni</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n session(s) open, the most allowed. End one to start another.</source>
        <translation>
            <numerusform>Hai già %n sessione aperta, il massimo consentito. Terminala per avviarne un’altra.</numerusform>
            <numerusform>Hai già %n sessioni aperte, il massimo consentito. Terminane una per avviarne un’altra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still open. Quit and end them?</source>
        <translation>
            <numerusform>%n sessione ancora aperta. Uscire e terminarla?</numerusform>
            <numerusform>%n sessioni ancora aperte. Uscire e terminarle?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End session and close tab</source>
        <translation>&amp;Termina la sessione e chiudi la scheda</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Centro di amministrazione</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>La password è stata cambiata.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Password non cambiata</translation>
    </message>
    <message>
        <source>Your password was not changed: %1</source>
        <translation>La password non è stata cambiata: %1</translation>
    </message>
    <message>
        <source>Set up &amp;two-step sign-in…</source>
        <translation>Configura l&apos;accesso in &amp;due passaggi…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s): Settings → Change password.</source>
        <translation>
            <numerusform>La password scade tra %n giorno: Impostazioni → Cambia password.</numerusform>
            <numerusform>La password scade tra %n giorni: Impostazioni → Cambia password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</source>
        <translation>L&apos;accesso in due passaggi è attivo: d&apos;ora in poi l&apos;accesso chiede il codice dell&apos;app.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>What customers see (the first name if empty)</source>
        <translation>Ciò che vedono i clienti (vuoto: il nome)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>May sign in now</source>
        <translation>Può accedere subito</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Soprannome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Gruppo di tecnici:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Di nuovo:</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Scrivete un nome.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Scrivete un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Technicians belong to a group: make one first.</source>
        <translation>I tecnici appartengono a un gruppo: createne prima uno.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Ticket number or note (optional)</source>
        <translation>Numero di ticket o nota (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Crea sessione</translation>
    </message>
    <message>
        <source>Give the customer this PIN:</source>
        <translation>Comunica al cliente questo PIN:</translation>
    </message>
    <message>
        <source>&amp;Copy PIN</source>
        <translation>&amp;Copia PIN</translation>
    </message>
    <message>
        <source>Read this to the customer:</source>
        <translation>Leggi questo al cliente:</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <translation>Valido una volta, fino alle %1.</translation>
    </message>
    <message>
        <source>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</source>
        <translation>“Avvia il programma di assistenza Lifeline che ti ho inviato. Quando chiede un PIN, digita %1. Vedrai il mio nome, %2, e il programma ti chiederà il permesso prima che io possa vedere o fare qualsiasi cosa. Il PIN è valido fino alle %3.”</translation>
    </message>
</context>
<context>
    <name>lifeline::console::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Imposta password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Password attuale:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nuova password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Di nuovo:</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person or by phone; they can change it later.</source>
        <translation>Una nuova password per %1. Comunicatela di persona o per telefono; potrà cambiarla in seguito.</translation>
    </message>
    <message>
        <source>A new password for your account (%1).</source>
        <translation>Una nuova password per il vostro account (%1).</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to go on working (%1).</source>
        <translation>La password è scaduta. Sceglietene una nuova per continuare (%1).</translation>
    </message>
    <message>
        <source>Type your current password too.</source>
        <translation>Scrivete anche la password attuale.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::ReportsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Sessioni perse</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Accessi</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Registri chat</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppo:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Tecnico:</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Intera organizzazione</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Il primo giorno è dopo l&apos;ultimo.</translation>
    </message>
    <message>
        <source>A report covers at most 366 days.</source>
        <translation>Un rapporto copre al massimo 366 giorni.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Richiesta al relay…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Nessun rapporto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</source>
        <translation>
            <numerusform>%n sessione, %1 persa/e. Attesa: media %2, massima %3. Gestione: media %4, massima %5.</numerusform>
            <numerusform>%n sessioni, %1 perse. Attesa: media %2, massima %3. Gestione: media %4, massima %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n voce.</numerusform>
            <numerusform>%n voci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown: choose fewer days.</source>
        <translation>Sono mostrate solo le prime %1 righe: scegliete meno giorni.</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessioni al giorno</translation>
    </message>
    <message>
        <source>Average waiting and handling (minutes)</source>
        <translation>Attesa e gestione medie (minuti)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Gestione</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Impossibile salvare il rapporto in %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) in %1.</source>
        <translation>
            <numerusform>%n riga salvata in %1.</numerusform>
            <numerusform>%n righe salvate in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionListModel</name>
    <message>
        <source>Waiting for customer</source>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <source>Customer reconnecting</source>
        <translation>Il cliente si sta riconnettendo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>you ended the session</source>
        <translation>hai terminato la sessione</translation>
    </message>
    <message>
        <source>the customer ended the session</source>
        <translation>il cliente ha terminato la sessione</translation>
    </message>
    <message>
        <source>your console lost its connection</source>
        <translation>la tua console ha perso la connessione</translation>
    </message>
    <message>
        <source>the customer&apos;s connection was lost</source>
        <translation>la connessione del cliente è stata persa</translation>
    </message>
    <message>
        <source>your console stopped answering</source>
        <translation>la tua console ha smesso di rispondere</translation>
    </message>
    <message>
        <source>the customer&apos;s applet stopped answering</source>
        <translation>il programma del cliente ha smesso di rispondere</translation>
    </message>
    <message>
        <source>the PIN expired before the customer joined</source>
        <translation>il PIN è scaduto prima che il cliente si collegasse</translation>
    </message>
    <message>
        <source>the relay shut down</source>
        <translation>il relay si è arrestato</translation>
    </message>
    <message>
        <source>a malformed message</source>
        <translation>un messaggio non valido</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valido fino alle %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>the customer did not accept the terms in time</source>
        <translation>il cliente non ha accettato le condizioni in tempo</translation>
    </message>
    <message>
        <source>the customer did not join in time</source>
        <translation>il cliente non è entrato in tempo</translation>
    </message>
    <message>
        <source>nothing happened in the session for too long</source>
        <translation>nella sessione non è successo nulla per troppo tempo</translation>
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
        <translation>Note su questa sessione, conservate con il suo record sul relay.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Salva note</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Andata e ritorno:</translation>
    </message>
    <message>
        <source>Click to picture:</source>
        <translation>Dal clic all’immagine:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Frequenza fotogrammi:</translation>
    </message>
    <message>
        <source>Bitrate:</source>
        <translation>Bitrate:</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Codificatore:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Percorso:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Fotogrammi:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
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
        <translation>La condivisione degli appunti non è disponibile qui: %1</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Visualizza schermo</translation>
    </message>
    <message>
        <source>Ask the customer to show their screen; again to stop viewing.</source>
        <translation>Chiedi al cliente di mostrare lo schermo; di nuovo per smettere di guardare.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controlla</translation>
    </message>
    <message>
        <source>Ask the customer for control of mouse and keyboard; again to give it back.</source>
        <translation>Chiedi al cliente il controllo di mouse e tastiera; di nuovo per restituirlo.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</source>
        <translation>Adatta lo schermo del cliente; disattivato: 1:1 con barre di scorrimento.</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>On %1 (%2×%3)</source>
        <translation>Su %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s monitors to show</source>
        <translation>Quale monitor del cliente mostrare</translation>
    </message>
    <message>
        <source>Standard (sharp)</source>
        <translation>Standard (nitido)</translation>
    </message>
    <message>
        <source>Performance (fast)</source>
        <translation>Prestazioni (veloce)</translation>
    </message>
    <message>
        <source>Full colour</source>
        <translation>Colori completi</translation>
    </message>
    <message>
        <source>16-bit colour</source>
        <translation>Colori a 16 bit</translation>
    </message>
    <message>
        <source>256 colours</source>
        <translation>256 colori</translation>
    </message>
    <message>
        <source>Special keys</source>
        <translation>Tasti speciali</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Canc</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Windows / Super key</source>
        <translation>Tasto Windows / Super</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Esc</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Appunti</translation>
    </message>
    <message>
        <source>Share the clipboard with the customer (they are asked first).</source>
        <translation>Condividi gli appunti con il cliente (prima gli viene chiesto).</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Termina sessione</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>il cliente</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Sessione terminata: %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to join with PIN %2.</source>
        <translation>In attesa che %1 si colleghi con il PIN %2.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>%1&apos;s connection dropped; waiting for the applet to come back.</source>
        <translation>La connessione di %1 è caduta; in attesa che il programma ritorni.</translation>
    </message>
    <message>
        <source>Control paused: %1 is using the mouse or keyboard.</source>
        <translation>Controllo in pausa: %1 sta usando mouse o tastiera.</translation>
    </message>
    <message>
        <source>In control of %1&apos;s computer.</source>
        <translation>Stai controllando il computer di %1.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only).</source>
        <translation>Stai guardando lo schermo di %1 (solo visualizzazione).</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>In attesa della risposta di %1…</translation>
    </message>
    <message>
        <source>Connected with %1. Ask to view the screen or chat.</source>
        <translation>Connesso con %1. Chiedi di vedere lo schermo o usa la chat.</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Tutti i monitor</translation>
    </message>
    <message>
        <source>Monitor %1 (%2×%3)%4</source>
        <translation>Monitor %1 (%2×%3)%4</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, principale</translation>
    </message>
    <message>
        <source>There is no picture of the customer&apos;s screen yet.</source>
        <translation>Non c&apos;è ancora un&apos;immagine dello schermo del cliente.</translation>
    </message>
    <message>
        <source>session-%1-%2.png</source>
        <translation>sessione-%1-%2.png</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Salva screenshot</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossibile salvare %1.</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>Leave full screen (Ctrl+Alt+Shift+F)</source>
        <translation>Esci da schermo intero (Ctrl+Alt+Maiusc+F)</translation>
    </message>
    <message>
        <source>End the session with %1? The customer&apos;s applet is told and stops sharing.</source>
        <translation>Terminare la sessione con %1? Il programma del cliente viene avvisato e smette di condividere.</translation>
    </message>
    <message>
        <source>The customer&apos;s screen shows here once they allow it.</source>
        <translation>Lo schermo del cliente compare qui non appena lo consente.</translation>
    </message>
    <message>
        <source>Stopped by %1: nothing is shared now. Ask again when they are ready.</source>
        <translation>Interrotto da %1: ora non viene condiviso nulla. Chiedi di nuovo quando il cliente è pronto.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only); %1 declined control.</source>
        <translation>Stai guardando lo schermo di %1 (solo visualizzazione); %1 ha rifiutato il controllo.</translation>
    </message>
    <message>
        <source>%1 declined. Ask again, or explain in the chat why you need it.</source>
        <translation>%1 ha rifiutato. Chiedi di nuovo o spiega nella chat perché ti serve.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this in this session.</source>
        <translation>I criteri della tua organizzazione non lo consentono in questa sessione.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>File Manager</source>
        <translation>Gestione file</translation>
    </message>
    <message>
        <source>Recoveries:</source>
        <translation>Ripristini:</translation>
    </message>
    <message>
        <source>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</source>
        <translation>L&apos;immagine si era bloccata ed è stata risincronizzata. Segnalalo insieme al log del cliente.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <source>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</source>
        <translation>Automatica mantiene nitido il testo e invia le immagini in movimento come video; Standard invia tutto nitido; Prestazioni invia come video tutto ciò che si muove.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SignInDialog</name>
    <message>
        <source>Sign in — Lifeline Console</source>
        <translation>Accesso — Console Lifeline</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:porta</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Relay CA certificate</source>
        <translation>Certificato CA del relay</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificato CA:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Sign in to your Lifeline relay</source>
        <translation>Accedi al tuo relay Lifeline</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</source>
        <translation>Scrivi l&apos;indirizzo del relay come host:porta, per esempio relay.example.com:7443.</translation>
    </message>
    <message>
        <source>Type your e-mail address and password.</source>
        <translation>Scrivi indirizzo e-mail e password.</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: %1</source>
        <translation>Il certificato CA non può essere letto: %1</translation>
    </message>
    <message>
        <source>six digits from the app, or a recovery code</source>
        <translation>sei cifre dall&apos;app, o un codice di recupero</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;odice:</translation>
    </message>
    <message>
        <source>Your account uses two-step sign-in. Type the code your authenticator app shows now.</source>
        <translation>Il vostro account usa l&apos;accesso in due passaggi. Scrivete il codice che l&apos;app di autenticazione mostra ora.</translation>
    </message>
    <message>
        <source>Wrong e-mail address, password or code.</source>
        <translation>Indirizzo e-mail, password o codice errati.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Scrivete il codice che l&apos;app di autenticazione mostra ora.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::TwoFactorDialog</name>
    <message>
        <source>Two-step sign-in — Lifeline Console</source>
        <translation>Accesso in due passaggi — Lifeline Console</translation>
    </message>
    <message>
        <source>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</source>
        <translation>Il vostro gruppo di tecnici richiede l&apos;accesso in due passaggi. Finché non lo configurate, non potete avviare sessioni.</translation>
    </message>
    <message>
        <source>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</source>
        <translation>L&apos;accesso richiederà la password e un codice di sei cifre da un&apos;app di autenticazione sul telefono (qualsiasi app per codici a tempo, per esempio FreeOTP o Google Authenticator).</translation>
    </message>
    <message>
        <source>Asking the relay for a new key…</source>
        <translation>Richiesta di una nuova chiave al relay…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Salva i codici di recupero</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in %1: %2</source>
        <translation>Impossibile salvare i codici di recupero in %1: %2</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>1. Scan this code with the app:</source>
        <translation>1. Inquadrate questo codice con l&apos;app:</translation>
    </message>
    <message>
        <source>…or type this key into it:</source>
        <translation>…oppure scriveteci questa chiave:</translation>
    </message>
    <message>
        <source>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</source>
        <translation>2. Conservate questi codici di recupero in un posto sicuro. Ognuno vi fa accedere una volta se perdete il telefono; non verranno mostrati di nuovo.</translation>
    </message>
    <message>
        <source>3. Code the app shows now:</source>
        <translation>3. Codice che l&apos;app mostra ora:</translation>
    </message>
    <message>
        <source>Two-step sign-in cannot be set up now: %1</source>
        <translation>L&apos;accesso in due passaggi non si può configurare ora: %1</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>Il codice non è corretto. Controllate che l&apos;orologio del telefono sia giusto e scrivete il codice che l&apos;app mostra ora.</translation>
    </message>
    <message>
        <source>(no QR code: type the key below)</source>
        <translation>(nessun codice QR: scrivete la chiave qui sotto)</translation>
    </message>
    <message>
        <source>Type the code the app shows now.</source>
        <translation>Scrivete il codice che l&apos;app mostra ora.</translation>
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
        <translation>Connessione al relay persa: %1</translation>
    </message>
</context>
<context>
    <name>lifeline::ui::ChatView</name>
    <message>
        <source>Type a message</source>
        <translation>Scrivi un messaggio</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
</context>
</TS>
