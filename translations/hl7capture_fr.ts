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
    <name>CaptureEngine</name>
    <message>
        <source>further warnings left out</source>
        <translation>avertissements suivants omis</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>trame %1 : %2</translation>
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
        <translation>Capture sur %1 avec le filtre « %2 »</translation>
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
    <name>DurableFile</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>impossible de rendre %1 privé : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>impossible de déplacer %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1 : %2</translation>
    </message>
    <message>
        <source>cannot sync folder %1: %2</source>
        <translation>impossible de synchroniser le dossier %1 : %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <translation>impossible de lire le dossier %1 : %2</translation>
    </message>
    <message>
        <source>cannot make folder %1 private: %2</source>
        <translation>impossible de rendre le dossier %1 privé : %2</translation>
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
        <translation>trame %1 : fin mal formée, deux chiffres hexadécimaux de somme de contrôle et CR LF attendus</translation>
    </message>
    <message>
        <source>frame %1: checksum %2, expected %3</source>
        <translation>trame %1 : somme de contrôle %2, %3 attendue</translation>
    </message>
</context>
<context>
    <name>ElementByteModel</name>
    <message>
        <source>Byte %1 (0x%2): 0x%3 %4</source>
        <translation>Octet %1 (0x%2) : 0x%3 %4</translation>
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
        <translation>trame de plus de %1 octets : coupée ici, le décodage reprend à la trame suivante</translation>
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
        <translation>« %1 » à l&apos;octet %2 n&apos;est pas un nom de segment</translation>
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
        <translation>Numéro de commande du demandeur : identifiant de l&apos;entité</translation>
    </message>
    <message>
        <source>Placer Order Number: Namespace ID</source>
        <translation>Numéro de commande du demandeur : ID d&apos;espace de noms</translation>
    </message>
    <message>
        <source>Filler Order Number: Entity Identifier</source>
        <translation>Numéro de commande de l&apos;exécutant : identifiant de l&apos;entité</translation>
    </message>
    <message>
        <source>Filler Order Number: Namespace ID</source>
        <translation>Numéro de commande de l&apos;exécutant : ID d&apos;espace de noms</translation>
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
        <translation>Numéro de commande du demandeur : ID universel</translation>
    </message>
    <message>
        <source>Placer Order Number: Universal ID Type</source>
        <translation>Numéro de commande du demandeur : type d&apos;ID universel</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID</source>
        <translation>Numéro de commande de l&apos;exécutant : ID universel</translation>
    </message>
    <message>
        <source>Filler Order Number: Universal ID Type</source>
        <translation>Numéro de commande de l&apos;exécutant : type d&apos;ID universel</translation>
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
        <translation>à l&apos;octet %1 : %2</translation>
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
        <translation>impossible de capturer sur %1 : %2</translation>
    </message>
    <message>
        <source>HL7 Capture may not capture on %1 without the capture privilege; give it CAP_NET_RAW, or record through the proxy instead (hl7capture-cli proxy).</source>
        <translation>HL7 Capture ne peut pas capturer sur %1 sans le privilège de capture ; accordez-lui CAP_NET_RAW, ou enregistrez plutôt via le proxy (hl7capture-cli proxy).</translation>
    </message>
    <message>
        <source>there is no network interface %1</source>
        <translation>l&apos;interface réseau %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the capture filter &quot;%1&quot; is not valid: %2</source>
        <translation>le filtre de capture « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>cannot apply the capture filter &quot;%1&quot;: %2</source>
        <translation>impossible d&apos;appliquer le filtre de capture « %1 » : %2</translation>
    </message>
    <message>
        <source>capture on %1 stopped: %2</source>
        <translation>capture sur %1 arrêtée : %2</translation>
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
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Sessions: %1
Folder: %2</source>
        <translation>Sessions : %1
Dossier : %2</translation>
    </message>
    <message>
        <source>Unreadable files moved to %1: %2</source>
        <translation>Fichiers illisibles déplacés vers %1 : %2</translation>
    </message>
    <message>
        <source>The session store could not be opened:
%1</source>
        <translation>Impossible d&apos;ouvrir le stockage des sessions :
%1</translation>
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
        <translation>trame tronquée (%1) : %2 octets sur %3</translation>
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
        <translation>fragment IPv4 au décalage %1 ignoré : les fragments ne sont pas réassemblés</translation>
    </message>
    <message>
        <source>first IPv4 fragment: the rest of the TCP segment is in fragments, which are not reassembled</source>
        <translation>premier fragment IPv4 : le reste du segment TCP se trouve dans des fragments, qui ne sont pas réassemblés</translation>
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
        <translation>premier fragment IPv6 : le reste du segment TCP se trouve dans des fragments, qui ne sont pas réassemblés</translation>
    </message>
    <message>
        <source>IPv6 extension header %1</source>
        <translation>en-tête d&apos;extension IPv6 %1</translation>
    </message>
    <message>
        <source>IPv6 fragment at offset %1 skipped: fragments are not reassembled</source>
        <translation>fragment IPv6 au décalage %1 ignoré : les fragments ne sont pas réassemblés</translation>
    </message>
    <message>
        <source>IPv6 extension header %1 cannot be walked; packet skipped</source>
        <translation>impossible de parcourir l&apos;en-tête d&apos;extension IPv6 %1 ; paquet ignoré</translation>
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
        <translation>impossible de lire le fichier de capture %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 frames: %3</source>
        <translation>%1 est endommagé après %2 trames : %3</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RecordingProxy</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>cannot reach the LIS at %1:%2: %3</source>
        <translation>impossible de joindre le SIL à l&apos;adresse %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>RetentionCleanup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot purge %1: %2</source>
        <translation>impossible de purger %1 : %2</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to purge</source>
        <translation>%1 est imbriqué trop profondément pour être purgé</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>impossible d&apos;ouvrir le dossier %1 : %2</translation>
    </message>
    <message>
        <source>cannot open the trash %1: %2</source>
        <translation>impossible d&apos;ouvrir la corbeille %1 : %2</translation>
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
        <translation>impossible de lire %1 : %2</translation>
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
        <translation>%1 : un chemin de champ ne peut pas être placé entre guillemets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field path like PID-3.1 or OBX(2)-5</source>
        <translation>« %1 » n&apos;est pas un chemin de champ comme PID-3.1 ou OBX(2)-5</translation>
    </message>
    <message>
        <source>%1 names a whole segment; name a field, e.g. %1-3</source>
        <translation>%1 désigne un segment entier ; indiquez un champ, p. ex. %1-3</translation>
    </message>
    <message>
        <source>%1 holds the message&apos;s separators and cannot be searched</source>
        <translation>%1 contient les séparateurs du message et ne peut pas être recherché</translation>
    </message>
    <message>
        <source>%1: a value matches one repetition, so it cannot contain ~</source>
        <translation>%1 : une valeur correspond à une seule répétition, elle ne peut donc pas contenir ~</translation>
    </message>
    <message>
        <source>%1 is a component: its value cannot contain ^</source>
        <translation>%1 est un composant : sa valeur ne peut pas contenir ^</translation>
    </message>
    <message>
        <source>%1 is a sub-component: its value cannot contain ^ or &amp;</source>
        <translation>%1 est un sous-composant : sa valeur ne peut contenir ni ^ ni &amp;</translation>
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
        <translation>statut « %1 » inconnu ; utilisez pending, submitted, failed ou ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, a date-time or milliseconds since 1970 (e.g. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</source>
        <translation>« %1 » n&apos;est ni une date, ni une date-heure, ni un nombre de millisecondes depuis 1970 (p. ex. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message type like ORU^R01</source>
        <translation>« %1 » n&apos;est pas un type de message comme ORU^R01</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1:&quot;; use device:, lis:, status:, from:, to: or type: (quote text that has a colon)</source>
        <translation>filtre « %1: » inconnu ; utilisez device:, lis:, status:, from:, to: ou type: (mettez entre guillemets le texte qui contient un deux-points)</translation>
    </message>
    <message>
        <source>a lone - negates nothing; quote text that starts with -</source>
        <translation>un - isolé n&apos;exclut rien ; mettez entre guillemets le texte qui commence par -</translation>
    </message>
    <message>
        <source>%1 has no words to search for</source>
        <translation>%1 ne contient aucun mot à rechercher</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is longer than %2 characters; words that long are not searchable</source>
        <translation>« %1… » dépasse %2 caractères ; des mots aussi longs ne peuvent pas être recherchés</translation>
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
        <translation>pas une session : le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string</source>
        <translation>&quot;id&quot; est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a safe file name</source>
        <translation>l&apos;id « %1 » n&apos;est pas un nom de fichier sûr</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; does not match the file name &quot;%2&quot;</source>
        <translation>l&apos;id « %1 » ne correspond pas au nom de fichier « %2 »</translation>
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
        <translation>version de schéma « %1 » inconnue</translation>
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
        <translation>élément %1 : &quot;rawBytes&quot; doit être {&quot;type&quot;:&quot;Buffer&quot;,&quot;data&quot;:[…]}</translation>
    </message>
    <message>
        <source>element %1: rawBytes holds a value that is not a byte</source>
        <translation>élément %1 : rawBytes contient une valeur qui n&apos;est pas un octet</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; must be a string</source>
        <translation>élément %1 : &quot;hexData&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; has an odd number of digits</source>
        <translation>élément %1 : &quot;hexData&quot; a un nombre impair de chiffres</translation>
    </message>
    <message>
        <source>element %1: &quot;hexData&quot; is not hexadecimal</source>
        <translation>élément %1 : &quot;hexData&quot; n&apos;est pas hexadécimal</translation>
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
        <translation>élément %1 : &quot;hexData&quot; et &quot;rawBytes&quot; ne concordent pas</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
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
        <translation>« %1 » n&apos;est pas un identifiant de session valide</translation>
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
        <translation>la session %1 est endommagée : %2</translation>
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
        <translation>la session %1 n&apos;est plus « %2 » mais « %3 »</translation>
    </message>
</context>
<context>
    <name>SessionStoreWorker</name>
    <message>
        <source>session %1 is no longer %2</source>
        <translation>la session %1 n&apos;est plus « %2 »</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot read the settings file %1: %2</source>
        <translation>impossible de lire le fichier de paramètres %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is not a file</source>
        <translation>impossible de lire le fichier de paramètres %1 : ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot read the settings file %1: it is larger than %2 bytes</source>
        <translation>impossible de lire le fichier de paramètres %1 : il dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1: settingsVersion must be a whole number (got &quot;%2&quot;); reading it as version %3</source>
        <translation>%1 : settingsVersion doit être un nombre entier (valeur reçue : « %2 ») ; lecture en tant que version %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer version (settings version %2); the settings this version does not know are kept as they are</source>
        <translation>%1 a été écrit par une version plus récente (version des paramètres %2) ; les paramètres inconnus de cette version sont conservés tels quels</translation>
    </message>
    <message>
        <source>%1: %2; using the default %3</source>
        <translation>%1 : %2 ; valeur par défaut utilisée : %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 not changed: %2 (fix or remove the file first)</source>
        <translation>%1 non modifié : %2 (corrigez ou supprimez d&apos;abord le fichier)</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <translation>%1 non modifié : %2</translation>
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
        <translation>Conserver les sessions capturées sur le disque (désactivé : elles restent uniquement en mémoire).</translation>
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
        <translation>URL du collecteur REST auquel les sessions sont envoyées (vide : aucun envoi).</translation>
    </message>
    <message>
        <source>Authorization header sent to the collector, e.g. &quot;Bearer TOKEN&quot; (secret).</source>
        <translation>En-tête Authorization envoyé au collecteur, p. ex. « Bearer TOKEN » (secret).</translation>
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
        <translation>Fichier PEM de l&apos;autorité de certification qui signe le certificat du collecteur (vide : autorités du système).</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (valeur reçue : « %1 »)</translation>
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
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 must be %2: %3</source>
        <translation>%1 doit être %2 : %3</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known settings: %2</source>
        <translation>paramètre « %1 » inconnu ; paramètres connus : %2</translation>
    </message>
</context>
<context>
    <name>SubmissionAttempt</name>
    <message>
        <source>The collector is busy and asked to wait: %1</source>
        <translation>Le collecteur est occupé et a demandé de patienter : %1</translation>
    </message>
    <message>
        <source>The collector gave up waiting for the session: %1</source>
        <translation>Le collecteur a cessé d&apos;attendre la session : %1</translation>
    </message>
    <message>
        <source>The collector failed to take the session: %1</source>
        <translation>Le collecteur n&apos;a pas pu accepter la session : %1</translation>
    </message>
    <message>
        <source>The collector refused the session: %1</source>
        <translation>Le collecteur a refusé la session : %1</translation>
    </message>
    <message>
        <source>The collector did not answer within %1 s</source>
        <translation>Le collecteur n&apos;a pas répondu dans un délai de %1 s</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused</source>
        <translation>Impossible de se connecter à %1 : connexion refusée</translation>
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
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The collector&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du collecteur n&apos;est pas approuvé : %1</translation>
    </message>
    <message>
        <source>Could not send the session to %1: %2</source>
        <translation>Impossible d&apos;envoyer la session à %1 : %2</translation>
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
        <translation>le point de terminaison d&apos;envoi « %1 » n&apos;est pas une URL http:// ou https://</translation>
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
        <translation>Les paramètres n&apos;ont pas pu être lus ; les valeurs par défaut s&apos;appliquent et le fichier reste tel quel :

%1</translation>
    </message>
    <message>
        <source>Sessions not saved</source>
        <translation>Sessions non enregistrées</translation>
    </message>
    <message>
        <source>These sessions could not be written to the data folder. Copies are kept here and are restored at the next start:

%1</source>
        <translation>Ces sessions n&apos;ont pas pu être écrites dans le dossier de données. Des copies sont conservées ici et seront restaurées au prochain démarrage :

%1</translation>
    </message>
</context>
</TS>
