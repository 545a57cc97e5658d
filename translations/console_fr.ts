<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>At least 8 characters (your organisation may ask for more).</source>
        <translation>Au moins 8 caractères (votre organisation peut en exiger plus).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Master administrator</source>
        <translation>Administrateur principal</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Rôle inconnu</translation>
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
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Trop de connexions échouées : ce compte est bloqué pendant encore %n minute.</numerusform>
            <numerusform>Trop de connexions échouées : ce compte est bloqué pendant encore %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted (%1). Check the CA certificate file and the relay address.</source>
        <translation>Le certificat du relais n&apos;est pas approuvé (%1). Vérifiez le fichier du certificat CA et l&apos;adresse du relais.</translation>
    </message>
    <message>
        <source>The relay cannot be reached (%1).</source>
        <translation>Le relais est injoignable (%1).</translation>
    </message>
    <message>
        <source>The connection to the relay was lost (%1).</source>
        <translation>La connexion au relais a été perdue (%1).</translation>
    </message>
    <message>
        <source>Limit reached: %1</source>
        <translation>Limite atteinte : %1</translation>
    </message>
    <message>
        <source>This console is too old or too new for the relay (%1).</source>
        <translation>Cette console est trop ancienne ou trop récente pour le relais (%1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Voir l&apos;écran</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Contrôle à distance</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Recevoir des fichiers</translation>
    </message>
    <message>
        <source>Manage files</source>
        <translation>Gérer les fichiers</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informations système</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Clipboard sharing</source>
        <translation>Partage du presse-papiers</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing half-written was kept.</source>
        <translation>Le disque est plein (%1). Rien d&apos;incomplet n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent (%1). Send it again.</source>
        <translation>Le fichier a changé pendant l&apos;envoi (%1). Envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>The data arrived damaged and was not kept (%1).</source>
        <translation>Les données sont arrivées endommagées et n’ont pas été gardées (%1).</translation>
    </message>
    <message>
        <source>It already exists (%1).</source>
        <translation>Existe déjà (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Introuvable (%1).</translation>
    </message>
    <message>
        <source>This account uses two-step sign-in: enter the code from your authenticator app.</source>
        <translation>Ce compte utilise la connexion en deux étapes : saisissez le code de votre application d’authentification.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::AdminCenter</name>
    <message>
        <source>Chat (on at the start)</source>
        <translation>Chat (activé au début)</translation>
    </message>
    <message>
        <source>Technician may switch chat on and off</source>
        <translation>Le technicien peut activer et désactiver le chat</translation>
    </message>
    <message>
        <source>Start remote control</source>
        <translation>Démarrer la prise de contrôle</translation>
    </message>
    <message>
        <source>Start desktop viewing</source>
        <translation>Démarrer l’affichage du bureau</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Receive files</source>
        <translation>Recevoir des fichiers</translation>
    </message>
    <message>
        <source>File manager</source>
        <translation>Gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Manage the customer&apos;s files</source>
        <translation>Gérer les fichiers du client</translation>
    </message>
    <message>
        <source>Send web addresses</source>
        <translation>Envoyer des adresses web</translation>
    </message>
    <message>
        <source>View system information</source>
        <translation>Voir les informations système</translation>
    </message>
    <message>
        <source>Restart the customer&apos;s computer</source>
        <translation>Redémarrer l’ordinateur du client</translation>
    </message>
    <message>
        <source>Record sessions</source>
        <translation>Enregistrer les sessions</translation>
    </message>
    <message>
        <source>Record only with the customer&apos;s consent</source>
        <translation>Enregistrer seulement avec l’accord du client</translation>
    </message>
    <message>
        <source>Start private (PIN) sessions</source>
        <translation>Démarrer des sessions privées (code PIN)</translation>
    </message>
    <message>
        <source>One question for all permissions</source>
        <translation>Une seule question pour toutes les autorisations</translation>
    </message>
    <message>
        <source>Transfer sessions to anyone</source>
        <translation>Transférer les sessions à n’importe qui</translation>
    </message>
    <message>
        <source>Transfer sessions to chosen groups</source>
        <translation>Transférer les sessions aux groupes choisis</translation>
    </message>
    <message>
        <source>Put sessions on hold</source>
        <translation>Mettre les sessions en attente</translation>
    </message>
    <message>
        <source>Clipboard synchronisation</source>
        <translation>Synchronisation du presse-papiers</translation>
    </message>
    <message>
        <source>Share own screen with customers</source>
        <translation>Partager son écran avec les clients</translation>
    </message>
    <message>
        <source>Invite another technician</source>
        <translation>Inviter un autre technicien</translation>
    </message>
    <message>
        <source>Run scripts</source>
        <translation>Exécuter des scripts</translation>
    </message>
    <message>
        <source>Unattended access</source>
        <translation>Accès sans surveillance</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <source>Use the permissions of the group above</source>
        <translation>Utiliser les autorisations du groupe parent</translation>
    </message>
    <message>
        <source>Lock these permissions (other administrators cannot change them, here or below)</source>
        <translation>Verrouiller ces autorisations (les autres administrateurs ne peuvent pas les modifier, ici ou en dessous)</translation>
    </message>
    <message>
        <source>Technicians sign in with an authenticator code (two-step sign-in)</source>
        <translation>Les techniciens se connectent avec un code d’authentification (connexion en deux étapes)</translation>
    </message>
    <message>
        <source>What technicians in this group may do</source>
        <translation>Ce que les techniciens de ce groupe peuvent faire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>pas d’avertissement</translation>
    </message>
    <message>
        <source>Empty: sign-in from anywhere. Otherwise, for example:
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</source>
        <translation>Vide : connexion depuis partout. Sinon, par exemple :
default deny
allow 192.0.2.0/24
allow 2001:db8::/32</translation>
    </message>
    <message>
        <source>Minimum password length:</source>
        <translation>Longueur minimale du mot de passe :</translation>
    </message>
    <message>
        <source>Character classes (of lower, upper, digit, symbol):</source>
        <translation>Classes de caractères (parmi minuscules, majuscules, chiffres, symboles) :</translation>
    </message>
    <message>
        <source>Password expires after (days):</source>
        <translation>Le mot de passe expire après (jours) :</translation>
    </message>
    <message>
        <source>Warn before it expires (days):</source>
        <translation>Avertir avant l’expiration (jours) :</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Politique des mots de passe</translation>
    </message>
    <message>
        <source>IP restrictions for signing in (the most specific network decides):</source>
        <translation>Restrictions IP pour la connexion (le réseau le plus précis l’emporte) :</translation>
    </message>
    <message>
        <source>Group and permissions</source>
        <translation>Groupe et autorisations</translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation>Règles de connexion</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (verrouillé)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>A master administrator has locked these permissions.</source>
        <translation>Un administrateur principal a verrouillé ces autorisations.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep customers&apos; IP addresses in the session records</source>
        <translation>Conserver les adresses IP des clients dans les fiches de session</translation>
    </message>
    <message>
        <source>A PIN is valid for:</source>
        <translation>Un code PIN est valable :</translation>
    </message>
    <message>
        <source>Drag groups and technicians onto a group to move them.</source>
        <translation>Faites glisser groupes et techniciens sur un groupe pour les déplacer.</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Empty: the organisation&apos;s rules only. Otherwise, for example:
default deny
allow 192.0.2.0/24</source>
        <translation>Vide : seules les règles de l&apos;organisation. Sinon, par exemple :
default deny
allow 192.0.2.0/24</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Supprimer le groupe…</translation>
    </message>
    <message>
        <source>Where its technicians (and those below) may sign in from, besides the organisation&apos;s rules:</source>
        <translation>D&apos;où ses techniciens (et ceux en dessous) peuvent se connecter, en plus des règles de l&apos;organisation :</translation>
    </message>
    <message>
        <source>Enabled (may sign in)</source>
        <translation>Activé (peut se connecter)</translation>
    </message>
    <message>
        <source>Manages:</source>
        <translation>Gère :</translation>
    </message>
    <message>
        <source>Reset two-step sign-in…</source>
        <translation>Réinitialiser la connexion en deux étapes…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Définir le mot de passe…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Nickname (customers see it):</source>
        <translation>Surnom (vu par les clients) :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Groupe de techniciens :</translation>
    </message>
    <message>
        <source>Two-step sign-in:</source>
        <translation>Connexion en deux étapes :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Choose a group or a person in the organisation.</source>
        <translation>Choisissez un groupe ou une personne dans l&apos;organisation.</translation>
    </message>
    <message>
        <source>From the customer joining until they accept the terms.</source>
        <translation>De l&apos;arrivée du client jusqu&apos;à ce qu&apos;il accepte les conditions.</translation>
    </message>
    <message>
        <source>From the PIN until the customer joins, even if the PIN would still be valid.</source>
        <translation>Du code PIN jusqu&apos;à l&apos;arrivée du client, même si le code serait encore valable.</translation>
    </message>
    <message>
        <source>An active session in which neither side sent anything: no chat, no screen, no input, no files.</source>
        <translation>Une session active où aucun côté n&apos;a rien envoyé : ni chat, ni écran, ni saisie, ni fichiers.</translation>
    </message>
    <message>
        <source>Empty: customers are not asked to accept terms. Plain text, shown before anything else.</source>
        <translation>Vide : aucune condition à accepter. Texte brut, affiché avant tout le reste.</translation>
    </message>
    <message>
        <source>Waiting sessions time out after:</source>
        <translation>Les sessions en attente expirent après :</translation>
    </message>
    <message>
        <source>Connecting sessions time out after:</source>
        <translation>Les sessions en connexion expirent après :</translation>
    </message>
    <message>
        <source>Idle sessions time out after:</source>
        <translation>Les sessions inactives expirent après :</translation>
    </message>
    <message>
        <source>Sessions at once per technician:</source>
        <translation>Sessions simultanées par technicien :</translation>
    </message>
    <message>
        <source>Terms and conditions every customer accepts first:</source>
        <translation>Conditions que chaque client accepte d&apos;abord :</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Règles des sessions</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Créé.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Déplacé.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Set up.</source>
        <translation>Configurée.</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Non configurée.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and this cannot be undone. Someone who has held sessions is kept for the records: disable them instead.</source>
        <translation>%1 ne pourra plus se connecter, et c&apos;est irréversible. Une personne ayant tenu des sessions est conservée pour les registres : désactivez-la plutôt.</translation>
    </message>
    <message>
        <source>Delete the group %1?</source>
        <translation>Supprimer le groupe %1 ?</translation>
    </message>
    <message>
        <source>Only an empty group can be deleted: move its groups and technicians first.</source>
        <translation>Seul un groupe vide peut être supprimé : déplacez d&apos;abord ses groupes et techniciens.</translation>
    </message>
    <message>
        <source>Reset two-step sign-in for %1?</source>
        <translation>Réinitialiser la connexion en deux étapes de %1 ?</translation>
    </message>
    <message>
        <source>Their authenticator app and recovery codes stop working. They sign in with the password alone and set it up again (at once, when their group requires it).</source>
        <translation>Son application d&apos;authentification et ses codes de secours cessent de fonctionner. La personne se connecte avec le seul mot de passe et la reconfigure (aussitôt, si son groupe l&apos;exige).</translation>
    </message>
</context>
<context>
    <name>lifeline::console::FileManager</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask for file access</source>
        <translation>Demander l&apos;accès aux fichiers</translation>
    </message>
    <message>
        <source>Ask the customer to allow sending, receiving and managing files.</source>
        <translation>Demander au client d&apos;autoriser l&apos;envoi, la réception et la gestion des fichiers.</translation>
    </message>
    <message>
        <source>Send →</source>
        <translation>Envoyer →</translation>
    </message>
    <message>
        <source>Send the selected files and folders to the customer&apos;s download folder.</source>
        <translation>Envoyer les fichiers et dossiers choisis dans le dossier de téléchargement du client.</translation>
    </message>
    <message>
        <source>← Fetch</source>
        <translation>← Récupérer</translation>
    </message>
    <message>
        <source>Fetch the selected files and folders into %1.</source>
        <translation>Récupérer les fichiers et dossiers choisis dans %1.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(shared folder)</source>
        <translation>(dossier partagé)</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Nouveau dossier %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 on the customer&apos;s computer, with everything in it?</source>
        <translation>Supprimer %1 sur l&apos;ordinateur du client, avec tout son contenu ?</translation>
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
        <translation>En attente du client…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done — in %1</source>
        <translation>Terminé — dans %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 Right-click it to retry; it goes on where it stopped.</source>
        <translation>Transfert échoué : %1 Clic droit pour réessayer ; il reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The customer&apos;s files cannot be shown: %1</source>
        <translation>Les fichiers du client ne peuvent pas être affichés : %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1 : terminé.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Offer the selected files for the customer to download when they choose (basic file transfer).</source>
        <translation>Proposer les fichiers sélectionnés au client, qui les télécharge quand il le souhaite (transfert de fichiers simple).</translation>
    </message>
    <message>
        <source>Publish for the customer to download</source>
        <translation>Publier pour que le client télécharge</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Arrêter la publication</translation>
    </message>
    <message>
        <source>The customer no longer sees the selected files (downloads under way go on).</source>
        <translation>Le client ne voit plus les fichiers sélectionnés (les téléchargements en cours continuent).</translation>
    </message>
    <message>
        <source>Published — the customer can download these:</source>
        <translation>Publiés — le client peut télécharger ceux-ci :</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié : %1</translation>
    </message>
    <message>
        <source>⇣ %1 (the customer downloads it)</source>
        <translation>⇣ %1 (le client le télécharge)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist on the customer&apos;s computer:</source>
        <translation>
            <numerusform>%n fichier existe déjà sur l’ordinateur du client :</numerusform>
            <numerusform>%n fichiers existent déjà sur l’ordinateur du client :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n fichier existe déjà dans %1 :</numerusform>
            <numerusform>%n fichiers existent déjà dans %1 :</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Fichiers déjà présents</translation>
    </message>
    <message>
        <source>Replace them with the new ones, keep both (the new ones get a number), or skip them?</source>
        <translation>Les remplacer par les nouveaux, garder les deux (les nouveaux reçoivent un numéro) ou les ignorer ?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message numerus="yes">
        <source>Done — %n skipped</source>
        <translation>
            <numerusform>Terminé — %n ignoré</numerusform>
            <numerusform>Terminé — %n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer sees the published files and can download them.</source>
        <translation>Le client voit les fichiers publiés et peut les télécharger.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) taken — waiting for your choice</source>
        <translation>
            <numerusform>%n nom déjà pris — en attente de votre choix</numerusform>
            <numerusform>%n noms déjà pris — en attente de votre choix</numerusform>
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
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>The console lost its connection to the relay: %1 Sessions in tabs keep their own connections; sign in again to see the queue.</source>
        <translation>La console a perdu sa connexion au relais : %1 Les sessions dans les onglets gardent leur propre connexion ; reconnectez-vous pour voir la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>La console utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Non connecté au relais.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3 — relay %4:%5</source>
        <translation>Connecté en tant que %1 (%2) — %3 — relais %4:%5</translation>
    </message>
    <message>
        <source>Too many sessions</source>
        <translation>Trop de sessions</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n session(s) open, the most allowed. End one to start another.</source>
        <translation>
            <numerusform>Vous avez déjà %n session ouverte, le maximum autorisé. Terminez-la pour en démarrer une autre.</numerusform>
            <numerusform>Vous avez déjà %n sessions ouvertes, le maximum autorisé. Terminez-en une pour en démarrer une autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still open. Quit and end them?</source>
        <translation>
            <numerusform>%n session encore ouverte. Quitter et la terminer ?</numerusform>
            <numerusform>%n sessions encore ouvertes. Quitter et les terminer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End session and close tab</source>
        <translation>&amp;Terminer la session et fermer l’onglet</translation>
    </message>
    <message>
        <source>Admin Center</source>
        <translation>Centre d’administration</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Mot de passe non changé</translation>
    </message>
    <message>
        <source>Your password was not changed: %1</source>
        <translation>Votre mot de passe n&apos;a pas été changé : %1</translation>
    </message>
    <message>
        <source>Set up &amp;two-step sign-in…</source>
        <translation>Configurer la connexion en &amp;deux étapes…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message numerus="yes">
        <source>Your password expires in %n day(s): Settings → Change password.</source>
        <translation>
            <numerusform>Votre mot de passe expire dans %n jour : Paramètres → Changer le mot de passe.</numerusform>
            <numerusform>Votre mot de passe expire dans %n jours : Paramètres → Changer le mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-step sign-in is on: from now on, signing in asks for the app&apos;s code.</source>
        <translation>La connexion en deux étapes est active : désormais, la connexion demande le code de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>What customers see (the first name if empty)</source>
        <translation>Ce que voient les clients (vide : le prénom)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>May sign in now</source>
        <translation>Peut se connecter dès maintenant</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Surnom :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Technician group:</source>
        <translation>Groupe de techniciens :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Type an e-mail address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>Technicians belong to a group: make one first.</source>
        <translation>Les techniciens appartiennent à un groupe : créez-en un d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Ticket number or note (optional)</source>
        <translation>Numéro de ticket ou note (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Créer la session</translation>
    </message>
    <message>
        <source>Give the customer this PIN:</source>
        <translation>Donnez ce code PIN au client :</translation>
    </message>
    <message>
        <source>&amp;Copy PIN</source>
        <translation>&amp;Copier le code PIN</translation>
    </message>
    <message>
        <source>Read this to the customer:</source>
        <translation>Lisez ceci au client :</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <translation>Valable une fois, jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>“Please start the Lifeline support program I sent you. When it asks for a PIN, type %1. You will see my name, %2, and the program will ask you before I can see or do anything. The PIN works until %3.”</source>
        <translation>« Veuillez lancer le programme d’assistance Lifeline que je vous ai envoyé. Quand il demande un code PIN, tapez %1. Vous verrez mon nom, %2, et le programme vous demandera votre accord avant que je puisse voir ou faire quoi que ce soit. Le code PIN est valable jusqu’à %3. »</translation>
    </message>
</context>
<context>
    <name>lifeline::console::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person or by phone; they can change it later.</source>
        <translation>Un nouveau mot de passe pour %1. Communiquez-le en personne ou par téléphone ; il pourra être changé ensuite.</translation>
    </message>
    <message>
        <source>A new password for your account (%1).</source>
        <translation>Un nouveau mot de passe pour votre compte (%1).</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to go on working (%1).</source>
        <translation>Votre mot de passe a expiré. Choisissez-en un nouveau pour continuer (%1).</translation>
    </message>
    <message>
        <source>Type your current password too.</source>
        <translation>Saisissez aussi votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit différer de l&apos;actuel.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::ReportsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Sessions manquées</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Journaux de chat</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Technicien :</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Le premier jour est après le dernier.</translation>
    </message>
    <message>
        <source>A report covers at most 366 days.</source>
        <translation>Un rapport couvre au plus 366 jours.</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Interrogation du relais…</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Aucun rapport : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.</source>
        <translation>
            <numerusform>%n session, %1 manquée(s). Attente : moyenne %2, maximum %3. Traitement : moyenne %4, maximum %5.</numerusform>
            <numerusform>%n sessions, %1 manquée(s). Attente : moyenne %2, maximum %3. Traitement : moyenne %4, maximum %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown: choose fewer days.</source>
        <translation>Seules les %1 premières lignes sont affichées : choisissez moins de jours.</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessions par jour</translation>
    </message>
    <message>
        <source>Average waiting and handling (minutes)</source>
        <translation>Attente et traitement moyens (minutes)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) in %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SessionListModel</name>
    <message>
        <source>Waiting for customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Customer reconnecting</source>
        <translation>Le client se reconnecte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>you ended the session</source>
        <translation>vous avez terminé la session</translation>
    </message>
    <message>
        <source>the customer ended the session</source>
        <translation>le client a terminé la session</translation>
    </message>
    <message>
        <source>your console lost its connection</source>
        <translation>votre console a perdu sa connexion</translation>
    </message>
    <message>
        <source>the customer&apos;s connection was lost</source>
        <translation>la connexion du client a été perdue</translation>
    </message>
    <message>
        <source>your console stopped answering</source>
        <translation>votre console ne répondait plus</translation>
    </message>
    <message>
        <source>the customer&apos;s applet stopped answering</source>
        <translation>le programme du client ne répondait plus</translation>
    </message>
    <message>
        <source>the PIN expired before the customer joined</source>
        <translation>le code PIN a expiré avant que le client se connecte</translation>
    </message>
    <message>
        <source>the relay shut down</source>
        <translation>le relais s&apos;est arrêté</translation>
    </message>
    <message>
        <source>a malformed message</source>
        <translation>un message malformé</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>the customer did not accept the terms in time</source>
        <translation>le client n&apos;a pas accepté les conditions à temps</translation>
    </message>
    <message>
        <source>the customer did not join in time</source>
        <translation>le client ne s&apos;est pas joint à temps</translation>
    </message>
    <message>
        <source>nothing happened in the session for too long</source>
        <translation>rien ne s&apos;est passé dans la session pendant trop longtemps</translation>
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
        <translation>Notes sur cette session, conservées avec son enregistrement sur le relais.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Enregistrer les notes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Aller-retour :</translation>
    </message>
    <message>
        <source>Click to picture:</source>
        <translation>Du clic à l’image :</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Fréquence d&apos;images :</translation>
    </message>
    <message>
        <source>Bitrate:</source>
        <translation>Débit :</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>Encodeur :</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
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
        <translation>Le partage du presse-papiers n&apos;est pas disponible ici : %1</translation>
    </message>
    <message>
        <source>View screen</source>
        <translation>Voir l&apos;écran</translation>
    </message>
    <message>
        <source>Ask the customer to show their screen; again to stop viewing.</source>
        <translation>Demander au client de montrer son écran ; à nouveau pour arrêter.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôler</translation>
    </message>
    <message>
        <source>Ask the customer for control of mouse and keyboard; again to give it back.</source>
        <translation>Demander au client le contrôle de la souris et du clavier ; à nouveau pour le rendre.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Scale the customer&apos;s screen to fit; off: 1:1 with scroll bars.</source>
        <translation>Mettre l&apos;écran du client à l&apos;échelle ; désactivé : 1:1 avec barres de défilement.</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>On %1 (%2×%3)</source>
        <translation>Sur %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s monitors to show</source>
        <translation>Quel écran du client afficher</translation>
    </message>
    <message>
        <source>Standard (sharp)</source>
        <translation>Standard (net)</translation>
    </message>
    <message>
        <source>Performance (fast)</source>
        <translation>Performance (rapide)</translation>
    </message>
    <message>
        <source>Full colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>16-bit colour</source>
        <translation>Couleurs 16 bits</translation>
    </message>
    <message>
        <source>256 colours</source>
        <translation>256 couleurs</translation>
    </message>
    <message>
        <source>Special keys</source>
        <translation>Touches spéciales</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Suppr</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Windows / Super key</source>
        <translation>Touche Windows / Super</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Impr. écran</translation>
    </message>
    <message>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Échap</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Share the clipboard with the customer (they are asked first).</source>
        <translation>Partager le presse-papiers avec le client (il est consulté d’abord).</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Session terminée : %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to join with PIN %2.</source>
        <translation>En attente de %1 avec le code PIN %2.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1&apos;s connection dropped; waiting for the applet to come back.</source>
        <translation>La connexion de %1 est tombée ; en attente du retour du programme.</translation>
    </message>
    <message>
        <source>Control paused: %1 is using the mouse or keyboard.</source>
        <translation>Contrôle en pause : %1 utilise la souris ou le clavier.</translation>
    </message>
    <message>
        <source>In control of %1&apos;s computer.</source>
        <translation>Vous contrôlez l&apos;ordinateur de %1.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only).</source>
        <translation>Vous voyez l&apos;écran de %1 (lecture seule).</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>En attente de la réponse de %1…</translation>
    </message>
    <message>
        <source>Connected with %1. Ask to view the screen or chat.</source>
        <translation>Connecté avec %1. Demandez à voir l&apos;écran ou discutez.</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Tous les écrans</translation>
    </message>
    <message>
        <source>Monitor %1 (%2×%3)%4</source>
        <translation>Écran %1 (%2×%3)%4</translation>
    </message>
    <message>
        <source>, primary</source>
        <translation>, principal</translation>
    </message>
    <message>
        <source>There is no picture of the customer&apos;s screen yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;image de l&apos;écran du client.</translation>
    </message>
    <message>
        <source>session-%1-%2.png</source>
        <translation>session-%1-%2.png</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>Enregistrer la capture d&apos;écran</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>Leave full screen (Ctrl+Alt+Shift+F)</source>
        <translation>Quitter le plein écran (Ctrl+Alt+Maj+F)</translation>
    </message>
    <message>
        <source>End the session with %1? The customer&apos;s applet is told and stops sharing.</source>
        <translation>Terminer la session avec %1 ? Le programme du client en est informé et arrête le partage.</translation>
    </message>
    <message>
        <source>The customer&apos;s screen shows here once they allow it.</source>
        <translation>L&apos;écran du client s&apos;affiche ici dès qu&apos;il l&apos;autorise.</translation>
    </message>
    <message>
        <source>Stopped by %1: nothing is shared now. Ask again when they are ready.</source>
        <translation>Arrêté par %1 : plus rien n&apos;est partagé. Redemandez quand le client est prêt.</translation>
    </message>
    <message>
        <source>Viewing %1&apos;s screen (view only); %1 declined control.</source>
        <translation>Vous voyez l&apos;écran de %1 (lecture seule) ; %1 a refusé le contrôle.</translation>
    </message>
    <message>
        <source>%1 declined. Ask again, or explain in the chat why you need it.</source>
        <translation>%1 a refusé. Redemandez, ou expliquez dans la discussion pourquoi vous en avez besoin.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this in this session.</source>
        <translation>La politique de votre organisation ne le permet pas dans cette session.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>File Manager</source>
        <translation>Gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Recoveries:</source>
        <translation>Récupérations :</translation>
    </message>
    <message>
        <source>The picture stalled and was resynchronised. Please report this with the customer&apos;s log.</source>
        <translation>L&apos;image s&apos;était figée et a été resynchronisée. Merci de le signaler avec le journal du client.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic keeps text sharp and sends moving pictures as video; Standard sends everything sharp; Performance sends everything that moves as video.</source>
        <translation>Automatique garde le texte net et envoie les images animées en vidéo ; Standard envoie tout net ; Performance envoie en vidéo tout ce qui bouge.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::SignInDialog</name>
    <message>
        <source>Sign in — Lifeline Console</source>
        <translation>Connexion — Console Lifeline</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Relay CA certificate</source>
        <translation>Certificat CA du relais</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Relais :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat CA :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to your Lifeline relay</source>
        <translation>Connectez-vous à votre relais Lifeline</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address as host:port, for example relay.example.com:7443.</source>
        <translation>Saisissez l&apos;adresse du relais sous la forme hôte:port, par exemple relay.example.com:7443.</translation>
    </message>
    <message>
        <source>Type your e-mail address and password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: %1</source>
        <translation>Le certificat CA ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>six digits from the app, or a recovery code</source>
        <translation>six chiffres de l&apos;application, ou un code de secours</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>Your account uses two-step sign-in. Type the code your authenticator app shows now.</source>
        <translation>Votre compte utilise la connexion en deux étapes. Saisissez le code affiché maintenant par votre application.</translation>
    </message>
    <message>
        <source>Wrong e-mail address, password or code.</source>
        <translation>Adresse e-mail, mot de passe ou code incorrect.</translation>
    </message>
    <message>
        <source>Type the code your authenticator app shows now.</source>
        <translation>Saisissez le code affiché maintenant par votre application.</translation>
    </message>
</context>
<context>
    <name>lifeline::console::TwoFactorDialog</name>
    <message>
        <source>Two-step sign-in — Lifeline Console</source>
        <translation>Connexion en deux étapes — Lifeline Console</translation>
    </message>
    <message>
        <source>Your technician group requires two-step sign-in. Until you set it up, you cannot start sessions.</source>
        <translation>Votre groupe de techniciens exige la connexion en deux étapes. Tant qu&apos;elle n&apos;est pas configurée, vous ne pouvez pas démarrer de session.</translation>
    </message>
    <message>
        <source>Signing in will need your password and a six-digit code from an authenticator app on your phone (any app for time-based codes, for example FreeOTP or Google Authenticator).</source>
        <translation>La connexion demandera votre mot de passe et un code à six chiffres d&apos;une application d&apos;authentification sur votre téléphone (toute application de codes temporels, par exemple FreeOTP ou Google Authenticator).</translation>
    </message>
    <message>
        <source>Asking the relay for a new key…</source>
        <translation>Demande d&apos;une nouvelle clé au relais…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Enregistrer les codes de secours</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The recovery codes could not be saved in %1: %2</source>
        <translation>Les codes de secours n&apos;ont pas pu être enregistrés dans %1 : %2</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>1. Scan this code with the app:</source>
        <translation>1. Scannez ce code avec l&apos;application :</translation>
    </message>
    <message>
        <source>…or type this key into it:</source>
        <translation>…ou saisissez-y cette clé :</translation>
    </message>
    <message>
        <source>2. Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone; they are not shown again.</source>
        <translation>2. Conservez ces codes de secours en lieu sûr. Chacun vous connecte une fois si vous perdez votre téléphone ; ils ne seront plus affichés.</translation>
    </message>
    <message>
        <source>3. Code the app shows now:</source>
        <translation>3. Code affiché maintenant par l&apos;application :</translation>
    </message>
    <message>
        <source>Two-step sign-in cannot be set up now: %1</source>
        <translation>La connexion en deux étapes ne peut pas être configurée maintenant : %1</translation>
    </message>
    <message>
        <source>That code is not right. Check that the phone&apos;s clock is right and type the code the app shows now.</source>
        <translation>Ce code n&apos;est pas bon. Vérifiez l&apos;heure du téléphone et saisissez le code affiché maintenant par l&apos;application.</translation>
    </message>
    <message>
        <source>(no QR code: type the key below)</source>
        <translation>(pas de code QR : saisissez la clé ci-dessous)</translation>
    </message>
    <message>
        <source>Type the code the app shows now.</source>
        <translation>Saisissez le code affiché maintenant par l&apos;application.</translation>
    </message>
</context>
<context>
    <name>lifeline::session::TechnicianSession</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Connection to the relay lost: %1</source>
        <translation>Connexion au relais perdue : %1</translation>
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
