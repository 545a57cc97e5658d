<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>%1 demande à voir votre écran.</translation>
    </message>
    <message>
        <source>%1 asks to control your mouse and keyboard.</source>
        <translation>%1 demande à contrôler votre souris et votre clavier.</translation>
    </message>
    <message>
        <source>%1 asks to send files to your computer.</source>
        <translation>%1 demande à envoyer des fichiers sur votre ordinateur.</translation>
    </message>
    <message>
        <source>%1 asks to receive files from your computer.</source>
        <translation>%1 demande à recevoir des fichiers de votre ordinateur.</translation>
    </message>
    <message>
        <source>%1 asks to browse and manage the files on your computer.</source>
        <translation>%1 demande à parcourir et gérer les fichiers de votre ordinateur.</translation>
    </message>
    <message>
        <source>%1 asks to see information about your computer.</source>
        <translation>%1 demande à voir des informations sur votre ordinateur.</translation>
    </message>
    <message>
        <source>%1 asks to restart your computer.</source>
        <translation>%1 demande à redémarrer votre ordinateur.</translation>
    </message>
    <message>
        <source>%1 asks to share the clipboard (copy and paste) with you.</source>
        <translation>%1 demande à partager le presse-papiers (copier-coller) avec vous.</translation>
    </message>
    <message>
        <source>%1 asks to record this session.</source>
        <translation>%1 demande à enregistrer cette session.</translation>
    </message>
    <message>
        <source>See your screen</source>
        <translation>Voir votre écran</translation>
    </message>
    <message>
        <source>Control your mouse and keyboard</source>
        <translation>Contrôler votre souris et votre clavier</translation>
    </message>
    <message>
        <source>Send files to your computer</source>
        <translation>Envoyer des fichiers sur votre ordinateur</translation>
    </message>
    <message>
        <source>Receive files from your computer</source>
        <translation>Recevoir des fichiers de votre ordinateur</translation>
    </message>
    <message>
        <source>Browse and manage your files</source>
        <translation>Parcourir et gérer vos fichiers</translation>
    </message>
    <message>
        <source>See information about your computer</source>
        <translation>Voir des informations sur votre ordinateur</translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation>Redémarrer votre ordinateur</translation>
    </message>
    <message>
        <source>Share the clipboard</source>
        <translation>Partager le presse-papiers</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>%1 can see and control your screen</source>
        <translation>%1 peut voir et contrôler votre écran</translation>
    </message>
    <message>
        <source>%1 can see your screen</source>
        <translation>%1 peut voir votre écran</translation>
    </message>
    <message>
        <source>%1 has your permission to work on your computer</source>
        <translation>%1 a votre autorisation pour travailler sur votre ordinateur</translation>
    </message>
    <message>
        <source>Nothing is shared</source>
        <translation>Rien n&apos;est partagé</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check the digits, or ask your technician for a new code.</source>
        <translation>Ce code n&apos;est pas valide ou a expiré. Vérifiez les chiffres ou demandez un nouveau code à votre technicien.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is not safe: the server&apos;s certificate could not be verified. Nothing was sent.</source>
        <translation>La connexion n&apos;est pas sûre : le certificat du serveur n&apos;a pas pu être vérifié. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Could not reach the support server. Check your internet connection and try again.</source>
        <translation>Impossible de joindre le serveur d&apos;assistance. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>You declined the terms. Nothing was shared.</source>
        <translation>Vous avez refusé les conditions. Rien n&apos;a été partagé.</translation>
    </message>
    <message>
        <source>You left the session.</source>
        <translation>Vous avez quitté la session.</translation>
    </message>
    <message>
        <source>%1 ended the session.</source>
        <translation>%1 a mis fin à la session.</translation>
    </message>
    <message>
        <source>%1&apos;s connection was lost. The session has ended.</source>
        <translation>La connexion de %1 a été perdue. La session est terminée.</translation>
    </message>
    <message>
        <source>The connection was lost and could not be restored.</source>
        <translation>La connexion a été perdue et n&apos;a pas pu être rétablie.</translation>
    </message>
    <message>
        <source>The support server was shut down.</source>
        <translation>Le serveur d&apos;assistance a été arrêté.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>La session est terminée.</translation>
    </message>
    <message>
        <source>The session timed out and has ended. Nothing is shared any more.</source>
        <translation>La session a expiré et est terminée. Plus rien n&apos;est partagé.</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::AppletWindow</name>
    <message>
        <source>This could not be done on your computer: %1</source>
        <translation>Cela n&apos;a pas pu être fait sur votre ordinateur : %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Get help from a technician</source>
        <translation>Obtenir l&apos;aide d&apos;un technicien</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your technician gave you.</source>
        <translation>Saisissez le code à 6 chiffres que votre technicien vous a donné.</translation>
    </message>
    <message>
        <source>Nothing is shared until you allow it. You can stop at any time.</source>
        <translation>Rien n&apos;est partagé sans votre accord. Vous pouvez arrêter à tout moment.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Please read these terms. Nothing happens on your computer unless you accept them.</source>
        <translation>Veuillez lire ces conditions. Rien ne se passe sur votre ordinateur tant que vous ne les avez pas acceptées.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Retirer toutes les autorisations maintenant (ou appuyez sur Pause/Attn). Le chat reste ouvert.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Quitter la session</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>La session est terminée</translation>
    </message>
    <message>
        <source>%1 — %2 is ready to help you</source>
        <translation>%1 — %2 est prêt à vous aider</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting… (%n second(s) left)</source>
        <translation>
            <numerusform>Connexion perdue. Reconnexion… (%n seconde restante)</numerusform>
            <numerusform>Connexion perdue. Reconnexion… (%n secondes restantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifeline remote support</source>
        <translation>Lifeline assistance à distance</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Non enregistré : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has the files.</source>
        <translation>%1 a reçu les fichiers.</translation>
    </message>
    <message>
        <source>Files from %1 are saved in your Downloads/Lifeline folder.</source>
        <translation>Les fichiers de %1 sont enregistrés dans votre dossier Téléchargements/Lifeline (Downloads/Lifeline).</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>Envoi de %1 à %2…</translation>
    </message>
    <message>
        <source>Receiving %1 from %2…</source>
        <translation>Réception de %1 de la part de %2…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Save the chosen file on this computer, in a folder you choose.</source>
        <translation>Enregistrer le fichier choisi sur cet ordinateur, dans un dossier de votre choix.</translation>
    </message>
    <message>
        <source>Where should %1 be saved?</source>
        <translation>Où enregistrer %1 ?</translation>
    </message>
    <message>
        <source>The file is saved in %1.</source>
        <translation>Le fichier est enregistré dans %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 to download. Choose one and where to save it; nothing is saved unless you do.</source>
        <translation>
            <numerusform>%n fichier de %1 à télécharger. Choisissez-le et où l’enregistrer ; rien n’est enregistré sans vous.</numerusform>
            <numerusform>%n fichiers de %1 à télécharger. Choisissez-en un et où l’enregistrer ; rien n’est enregistré sans vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
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
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>%1 asks for permission, for this session only, to:</source>
        <translation>%1 demande l&apos;autorisation, pour cette session uniquement, de :</translation>
    </message>
    <message>
        <source>You can take it all back at any time with Stop.</source>
        <translation>Vous pouvez tout retirer à tout moment avec Arrêter.</translation>
    </message>
    <message>
        <source>Allow all for this session</source>
        <translation>Tout autoriser pour cette session</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Me demander à chaque fois</translation>
    </message>
    <message>
        <source>Permission request</source>
        <translation>Demande d&apos;autorisation</translation>
    </message>
</context>
<context>
    <name>lifeline::applet::IndicatorBar</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Take back every permission now (or press Pause/Break). Chat stays open.</source>
        <translation>Retirer toutes les autorisations maintenant (ou appuyez sur Pause/Attn). Le chat reste ouvert.</translation>
    </message>
    <message>
        <source>Leave session</source>
        <translation>Quitter la session</translation>
    </message>
</context>
<context>
    <name>lifeline::session::CustomerSession</name>
    <message>
        <source>Connection restored.</source>
        <translation>Connexion rétablie.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Connexion perdue. Reconnexion…</translation>
    </message>
</context>
<context>
    <name>lifeline::ui::ChatView</name>
    <message>
        <source>Type a message</source>
        <translation>Saisissez un message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
</TS>
