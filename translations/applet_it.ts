<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <translation>%1 chiede di vedere il tuo schermo.</translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation>%1 chiede di controllare il tuo mouse e la tua tastiera.</translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation>%1 chiede di inviare file al tuo computer.</translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation>%1 chiede di ricevere file dal tuo computer.</translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation>%1 chiede di esplorare e gestire i file sul tuo computer.</translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation>%1 chiede di vedere le informazioni sul tuo computer.</translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation>%1 chiede di riavviare il tuo computer.</translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation>%1 chiede di condividere gli appunti (copia e incolla) con te.</translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation>%1 chiede di registrare questa sessione.</translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation>Vedere il tuo schermo</translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation>Controllare mouse e tastiera</translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation>Inviare file al tuo computer</translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation>Ricevere file dal tuo computer</translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation>Esplorare e gestire i tuoi file</translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation>Vedere le informazioni sul tuo computer</translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation>Riavviare il tuo computer</translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation>Condividere gli appunti</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Registrare la sessione</translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation>%1 può vedere e controllare il tuo schermo</translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation>%1 può vedere il tuo schermo</translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation>%1 ha il tuo permesso di lavorare sul tuo computer</translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation>Nulla è condiviso</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation>Questo codice non è valido o è scaduto. Controlla le cifre o chiedi al tecnico un nuovo codice.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi codici errati. Riprova tra %n secondo.</numerusform>
            <numerusform>Troppi codici errati. Riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>La connessione non è sicura: non è stato possibile verificare il certificato del server. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation>Impossibile raggiungere il server di assistenza. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation>Hai rifiutato le condizioni. Non è stato condiviso nulla.</translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation>Sei uscito dalla sessione.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 ha terminato la sessione.</translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation>La connessione di %1 si è interrotta. La sessione è terminata.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>La connessione si è interrotta e non è stato possibile ripristinarla.</translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation>Il server di assistenza è stato spento.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>La sessione è terminata.</translation>
    </message>
    <message>
        <source>The session timed out and has ended. Nothing is shared any more.</source>
        <translation>La sessione è scaduta ed è terminata. Non si condivide più nulla.</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation>Non è stato possibile farlo sul tuo computer: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation>Ricevi assistenza da un tecnico</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation>Inserisci il codice di 6 cifre che ti ha dato il tecnico.</translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation>Nulla viene condiviso finché non lo consenti. Puoi interrompere in qualsiasi momento.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation>Leggi queste condizioni. Sul tuo computer non succede nulla finché non le accetti.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Revoca subito tutti i permessi (o premi Pausa/Interr). La chat resta aperta.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Esci dalla sessione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>La sessione è terminata</translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation>%1 — %2 è pronto ad aiutarti</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation>
            <numerusform>Connessione persa. Riconnessione in corso… (%n secondo rimasto)</numerusform>
            <numerusform>Connessione persa. Riconnessione in corso… (%n secondi rimasti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation>Lifeline assistenza remota</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Non salvato: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has the files.</source>
        <translation>%1 ha ricevuto i file.</translation>
    </message>
    <message>
        <source>Files from %1 are saved in your Downloads/Lifeline folder.</source>
        <translation>I file di %1 sono salvati nella cartella Downloads/Lifeline.</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Invio di %1 a %2…</translation>
    </message>
    <message>
        <source>Receiving %1 from %2…</source>
        <translation>Ricezione di %1 da %2…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Scarica…</translation>
    </message>
    <message>
        <source>Save the chosen file on this computer, in a folder you choose.</source>
        <translation>Salva il file scelto su questo computer, in una cartella a tua scelta.</translation>
    </message>
    <message>
        <source>Where should %1 be saved?</source>
        <translation>Dove salvare %1?</translation>
    </message>
    <message>
        <source>The file is saved in %1.</source>
        <translation>Il file è salvato in %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.</source>
        <translation>
            <numerusform>%n file da %1 da scaricare. Sceglilo e dove salvarlo; nulla viene salvato senza di te.</numerusform>
            <numerusform>%n file da %1 da scaricare. Scegline uno e dove salvarlo; nulla viene salvato senza di te.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Download di %1…</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::ConsentDialog</name>
    <message>
        <source>%1 from %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Consenti</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation>%1 chiede il permesso, solo per questa sessione, di:</translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation>Puoi revocare tutto in qualsiasi momento con Interrompi.</translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation>Consenti tutto per questa sessione</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Chiedimelo ogni volta</translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation>Richiesta di permesso</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Revoca subito tutti i permessi (o premi Pausa/Interr). La chat resta aperta.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Esci dalla sessione</translation>
    </message>
</context>
<context>
    <name>lifeline::session::CustomerSession</name>
    <message>
        <source>Connection restored.</source>
        <translation>Connessione ripristinata.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Connessione persa. Riconnessione in corso…</translation>
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
