<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>File: %1 (%2)</source>
            <translation>File: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>AnswersDialog</name>
        <message>
            <source>Edit Answers</source>
            <translation>Modifica risposte</translation>
        </message>
        <message>
            <source>Add Answers</source>
            <translation>Aggiungi risposte</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Risposte</translation>
        </message>
        <message>
            <source>What they wrote in their own words (optional)</source>
            <translation>Ciò che ha scritto con parole proprie (facoltativo)</translation>
        </message>
        <message>
            <source>&amp;Who answered:</source>
            <translation>&amp;Chi ha risposto:</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Rilevazione:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>C&amp;ommento:</translation>
        </message>
        <message>
            <source>No question is put to this person.</source>
            <translation>Nessuna domanda è rivolta a questa persona.</translation>
        </message>
        <message>
            <source>There is nobody to ask yet.</source>
            <translation>Non c'è ancora nessuno a cui chiedere.</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign %1</source>
            <translation>Assegna %1</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtra…</translation>
        </message>
        <message>
            <source>Back to the unmatched</source>
            <translation>Torna tra i non abbinati</translation>
        </message>
        <message>
            <source>(full)</source>
            <translation>(al completo)</translation>
        </message>
        <message>
            <source>A new group</source>
            <translation>Un nuovo gruppo</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance: %1</source>
            <translation>Presenze: %1</translation>
        </message>
        <message>
            <source>Find a name…</source>
            <translation>Trova un nome…</translation>
        </message>
        <message>
            <source>Not in this workshop's audience</source>
            <translation>Non rientra tra i destinatari di questo workshop</translation>
        </message>
        <message>
            <source>&amp;Tick All Shown</source>
            <translation>&amp;Seleziona tutti i visibili</translation>
        </message>
        <message>
            <source>&amp;Untick All Shown</source>
            <translation>&amp;Deseleziona tutti i visibili</translation>
        </message>
        <message>
            <source>Save Attendance</source>
            <translation>Salva presenze</translation>
        </message>
        <message>
            <source>%n attended</source>
            <translation>Presenti: %n</translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Came</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Assente</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Scartata</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Cosa succede</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Perché</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>E-mail or name in the file</source>
            <translation>E-mail o nome nel file</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Restore from Backup</source>
            <translation>Ripristina da copia di sicurezza</translation>
        </message>
        <message>
            <source>MentorDesk keeps a copy of “%1” when it opens it, one per hour at most, and keeps the last %2. Restoring one replaces the whole program in the file; the program as it is now is kept as another backup first.</source>
            <translation>MentorDesk conserva una copia di “%1” ogni volta che lo apre, al massimo una all'ora, e mantiene le ultime %2. Il ripristino di una copia sostituisce l'intero programma nel file; prima, il programma nello stato attuale viene conservato come ulteriore copia di sicurezza.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Creata</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Coppie</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Ripristina…</translation>
        </message>
        <message>
            <source>damaged or unreadable; cannot be restored</source>
            <translation>danneggiata o illeggibile; non può essere ripristinata</translation>
        </message>
        <message>
            <source>kept before a restore</source>
            <translation>conservata prima di un ripristino</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Find a person, department or skill…</source>
            <translation>Trova una persona, un reparto o una competenza…</translation>
        </message>
        <message>
            <source>&amp;Auto-match the Rest</source>
            <translation>&amp;Abbina automaticamente gli altri</translation>
        </message>
        <message>
            <source>Propose the best pairs for everyone unmatched; your placements stay.</source>
            <translation>Proponi le coppie migliori per tutti i non abbinati; i tuoi abbinamenti manuali restano.</translation>
        </message>
        <message>
            <source>Next &amp;Round</source>
            <translation>&amp;Turno successivo</translation>
        </message>
        <message>
            <source>Close this round's groups and propose new ones where nobody meets again.</source>
            <translation>Chiudi i gruppi di questo turno e proponine di nuovi in cui nessuno si ritrovi con le stesse persone.</translation>
        </message>
        <message>
            <source>&amp;Confirm Proposals</source>
            <translation>&amp;Conferma proposte</translation>
        </message>
        <message>
            <source>Make every proposed pair active from today.</source>
            <translation>Rendi attive da oggi tutte le coppie proposte.</translation>
        </message>
        <message>
            <source>C&amp;lear Proposals</source>
            <translation>Cance&amp;lla proposte</translation>
        </message>
        <message>
            <source>Return every unlocked proposal to the unmatched.</source>
            <translation>Riporta tra i non abbinati tutte le proposte non bloccate.</translation>
        </message>
        <message>
            <source>Matching &amp;Settings…</source>
            <translation>&amp;Impostazioni di abbinamento…</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Non abbinati</translation>
        </message>
        <message>
            <source>&amp;Assign to…</source>
            <translation>&amp;Assegna a…</translation>
        </message>
        <message>
            <source>Return to &amp;Unmatched</source>
            <translation>Riporta tra i &amp;non abbinati</translation>
        </message>
        <message>
            <source>&amp;Lock or Unlock</source>
            <translation>&amp;Blocca o sblocca</translation>
        </message>
        <message>
            <source>&amp;Never Pair These Two</source>
            <translation>Non abbinare &amp;mai questi due</translation>
        </message>
        <message>
            <source>Mark as &amp;Preferred Partner</source>
            <translation>Segna come &amp;partner preferito</translation>
        </message>
        <message>
            <source>&amp;Not in a group (%1)</source>
            <translation>&amp;Senza gruppo (%1)</translation>
        </message>
        <message>
            <source>&amp;Groups (%1)</source>
            <translation>&amp;Gruppi (%1)</translation>
        </message>
        <message>
            <source> · round %1</source>
            <translation> · turno %1</translation>
        </message>
        <message>
            <source>&amp;Unmatched mentees (%1)</source>
            <translation>Mentee &amp;non abbinati (%1)</translation>
        </message>
        <message>
            <source>&amp;Mentors (%1) · %2 places left</source>
            <translation>&amp;Mentor (%1) · posti liberi: %2</translation>
        </message>
        <message>
            <source>drag a card onto a group, or select it and press Enter</source>
            <translation>trascina una scheda su un gruppo, oppure selezionala e premi Invio</translation>
        </message>
        <message>
            <source>drag a card onto a mentor, or select it and press Enter</source>
            <translation>trascina una scheda su un mentor, oppure selezionala e premi Invio</translation>
        </message>
        <message>
            <source>%n proposal to confirm</source>
            <translation>%n proposta da confermare</translation>
        </message>
        <message>
            <source>%n proposals to confirm</source>
            <translation>%n proposte da confermare</translation>
        </message>
        <message>
            <source>Not an eligible pair</source>
            <translation>Coppia non ammissibile</translation>
        </message>
        <message>
            <source>%1

Pair them anyway? The rule stays for everyone else.</source>
            <translation>%1

Abbinarli comunque? La regola resta valida per tutti gli altri.</translation>
        </message>
        <message>
            <source>Pair Anyway</source>
            <translation>Abbina comunque</translation>
        </message>
        <message>
            <source>Nobody more can be matched: hover over a card to see why.</source>
            <translation>Nessun altro può essere abbinato: passa il mouse su una scheda per vedere perché.</translation>
        </message>
        <message>
            <source>Everyone has met everyone they can: no new round is possible.</source>
            <translation>Ognuno ha già incontrato tutte le persone possibili: non è possibile un nuovo turno.</translation>
        </message>
        <message>
            <source>Only proposals can be locked; this pair is already confirmed.</source>
            <translation>Solo le proposte possono essere bloccate; questa coppia è già confermata.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>E&amp;xport Calendar (.ics)…</source>
            <translation>E&amp;sporta calendario (.ics)…</translation>
        </message>
        <message>
            <source>Save every active pair's meeting plan to a file that Outlook, Google Calendar and Thunderbird open. Only names and plans are written, never notes.</source>
            <translation>Salva il piano degli incontri di ogni coppia attiva in un file che Outlook, Google Calendar e Thunderbird sanno aprire. Vengono scritti solo nomi e piani, mai le note.</translation>
        </message>
        <message>
            <source>Go to the Pai&amp;rs Page</source>
            <translation>Vai alla pagina Copp&amp;ie</translation>
        </message>
        <message>
            <source>Monthly, the last %1</source>
            <translation>Mensile, %1 dell'ultima settimana del mese</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>prima</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>seconda</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>terza</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>quarta</translation>
        </message>
        <message>
            <source>Monthly, the %1 %2</source>
            <translation>Mensile, %2 della %1 settimana del mese</translation>
        </message>
        <message>
            <source>Open pair</source>
            <translation>Apri coppia</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Questa settimana</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Settimana prossima</translation>
        </message>
        <message>
            <source>In %1 weeks</source>
            <translation>Tra %1 settimane</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>dal %1 al %2</translation>
        </message>
        <message>
            <source>%n active pair has no meeting plan yet.</source>
            <translation>%n coppia attiva non ha ancora un piano degli incontri.</translation>
        </message>
        <message>
            <source>%n active pairs have no meeting plan yet.</source>
            <translation>%n coppie attive non hanno ancora un piano degli incontri.</translation>
        </message>
        <message>
            <source>%1 of %2 %3.</source>
            <translation>%1 di %2 %3.</translation>
        </message>
        <message>
            <source>%n meeting</source>
            <translation>%n incontro</translation>
        </message>
        <message>
            <source>%n meetings</source>
            <translation>%n incontri</translation>
        </message>
        <message>
            <source>%n pair</source>
            <translation>%n coppia</translation>
        </message>
        <message>
            <source>%n pairs</source>
            <translation>%n coppie</translation>
        </message>
        <message>
            <source>No meetings %1.</source>
            <translation>Nessun incontro %1.</translation>
        </message>
        <message>
            <source>The one pair with a meeting plan does not meet in these four weeks: it starts later, or it or the program ends before.</source>
            <translation>L'unica coppia con un piano degli incontri non ha incontri in queste quattro settimane: inizia più tardi, oppure la coppia o il programma finiscono prima.</translation>
        </message>
        <message>
            <source>None of the %n pairs with a meeting plan meets in these four weeks: they start later, or they or the program end before.</source>
            <translation>Nessuna delle %n coppie con un piano degli incontri ha incontri in queste quattro settimane: iniziano più tardi, oppure le coppie o il programma finiscono prima.</translation>
        </message>
        <message>
            <source>No active pair has a meeting plan with a day and a time, so no meetings are planned. Set one in a pair's agreement on the Pairs page: weekly, every two weeks or monthly, with the day and the time.</source>
            <translation>Nessuna coppia attiva ha un piano degli incontri con giorno e ora, quindi non ci sono incontri in programma. Impostalo nell'accordo di una coppia nella pagina Coppie: settimanale, ogni due settimane o mensile, con giorno e ora.</translation>
        </message>
        <message>
            <source>%1 calendar</source>
            <translation>Calendario %1</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Esporta calendario</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>File di calendario (*.ics)</translation>
        </message>
        <message>
            <source>Calendar not exported</source>
            <translation>Calendario non esportato</translation>
        </message>
        <message>
            <source>Saved %n pair's meeting plan to %1</source>
            <translation>Piano degli incontri di %n coppia salvato in %1</translation>
        </message>
        <message>
            <source>Saved %n pairs' meeting plans to %1</source>
            <translation>Piani degli incontri di %n coppie salvati in %1</translation>
        </message>
    </context>
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Certificate of recognition</source>
            <translation>Attestato di riconoscimento</translation>
        </message>
        <message>
            <source>&amp;Mentor:</source>
            <translation>&amp;Mentor:</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Salva come PDF…</translation>
        </message>
        <message>
            <source>No one has mentored a pair or group yet.</source>
            <translation>Nessuno ha ancora fatto da mentor a una coppia o a un gruppo.</translation>
        </message>
        <message>
            <source>Certificate %1.pdf</source>
            <translation>Attestato %1.pdf</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Salva attestato</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate not saved</source>
            <translation>Attestato non salvato</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Save as…</source>
            <translation>Salva come…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG or SVG picture</source>
            <translation>Salva questo grafico come immagine PNG o SVG</translation>
        </message>
        <message>
            <source>Save %1 as a picture</source>
            <translation>Salva %1 come immagine</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <source>%1: %2 — click to list them</source>
            <translation>%1: %2 — fai clic per elencarli</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Log check-in</source>
            <translation>Registra check-in</translation>
        </message>
        <message>
            <source>Your contact with &lt;b&gt;%1&lt;/b&gt;: note what they told you, so you can show the pair was supported.</source>
            <translation>Il tuo contatto con &lt;b&gt;%1&lt;/b&gt;: annota cosa ti hanno detto, così potrai dimostrare che la coppia è stata seguita.</translation>
        </message>
        <message>
            <source>The whole group</source>
            <translation>Tutto il gruppo</translation>
        </message>
        <message>
            <source>Both of them</source>
            <translation>Entrambi</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>Solo %1</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Non chiesto</translation>
        </message>
        <message>
            <source>How many times they met since your last check-in.</source>
            <translation>Quante volte si sono incontrati dall'ultimo check-in.</translation>
        </message>
        <message>
            <source>e.g. Practised the quarterly review</source>
            <translation>es. Hanno provato la revisione trimestrale</translation>
        </message>
        <message>
            <source>1 – Not working</source>
            <translation>1 – Non funziona</translation>
        </message>
        <message>
            <source>2 – Difficult</source>
            <translation>2 – Difficile</translation>
        </message>
        <message>
            <source>3 – All right</source>
            <translation>3 – Accettabile</translation>
        </message>
        <message>
            <source>4 – Good</source>
            <translation>4 – Buono</translation>
        </message>
        <message>
            <source>5 – Very good</source>
            <translation>5 – Molto buono</translation>
        </message>
        <message>
            <source>Leave empty when there is none</source>
            <translation>Lascia vuoto se non ce ne sono</translation>
        </message>
        <message>
            <source>Con&amp;fidential: hide the notes and concern</source>
            <translation>&amp;Riservato: nascondi le note e le preoccupazioni</translation>
        </message>
        <message>
            <source>Shown only after an explicit click, and left out of exports and reports unless you ask for them.</source>
            <translation>Mostrati solo dopo un clic esplicito ed esclusi da esportazioni e relazioni, salvo tua richiesta.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Canale:</translation>
        </message>
        <message>
            <source>&amp;With:</source>
            <translation>C&amp;on:</translation>
        </message>
        <message>
            <source>Times &amp;met since the last check-in:</source>
            <translation>Volte in cui si sono &amp;incontrati dall'ultimo check-in:</translation>
        </message>
        <message>
            <source>What they d&amp;id:</source>
            <translation>Cosa hanno &amp;fatto:</translation>
        </message>
        <message>
            <source>How the &amp;relationship feels:</source>
            <translation>Com'è il ra&amp;pporto:</translation>
        </message>
        <message>
            <source>Any c&amp;oncern:</source>
            <translation>&amp;Eventuali preoccupazioni:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Log Check-In</source>
            <translation>Registra check-in</translation>
        </message>
        <message>
            <source>A check-in cannot be in the future.</source>
            <translation>Un check-in non può essere nel futuro.</translation>
        </message>
    </context>
    <context>
        <name>CheckInsSection</name>
        <message>
            <source>Check-ins</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Con</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <source>Answers and notes</source>
            <translation>Risposte e note</translation>
        </message>
        <message>
            <source>Log Check-in…</source>
            <translation>Registra check-in…</translation>
        </message>
        <message>
            <source>Show Notes</source>
            <translation>Mostra note</translation>
        </message>
        <message>
            <source>Show the check-in notes marked confidential</source>
            <translation>Mostra le note dei check-in segnate come riservate</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Coppia</translation>
        </message>
        <message>
            <source>%n check-in</source>
            <translation>%n check-in</translation>
        </message>
        <message>
            <source>%n check-ins</source>
            <translation>%n check-in</translation>
        </message>
        <message>
            <source>Hide Notes</source>
            <translation>Nascondi note</translation>
        </message>
        <message>
            <source>met %1×</source>
            <translation>incontri: %1</translation>
        </message>
        <message>
            <source>feels %1/5</source>
            <translation>rapporto %1/5</translation>
        </message>
        <message>
            <source>[Confidential, hidden]</source>
            <translation>[Riservato, nascosto]</translation>
        </message>
    </context>
    <context>
        <name>ClosePairDialog</name>
        <message>
            <source>Close pair</source>
            <translation>Chiudi coppia</translation>
        </message>
        <message>
            <source>Close &lt;b&gt;%1&lt;/b&gt;. Say why, and note how it ended: what was reached, what to remember next time.</source>
            <translation>Chiudi &lt;b&gt;%1&lt;/b&gt;. Indica il motivo e annota com'è andata: cosa è stato raggiunto, cosa ricordare la prossima volta.</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Scegli un motivo…</translation>
        </message>
        <message>
            <source>e.g. Both goals met; the mentee now leads the team meeting.</source>
            <translation>es. Entrambi gli obiettivi raggiunti; ora il mentee conduce la riunione del team.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Closure &amp;note:</source>
            <translation>&amp;Nota di chiusura:</translation>
        </message>
        <message>
            <source>Closed &amp;on:</source>
            <translation>Chiusa &amp;il:</translation>
        </message>
        <message>
            <source>Close Pair</source>
            <translation>Chiudi coppia</translation>
        </message>
        <message>
            <source>Choose why the pair is closing.</source>
            <translation>Scegli perché la coppia viene chiusa.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsModel</name>
        <message>
            <source>Active</source>
            <translation>Attiva</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>Proposed, locked</source>
            <translation>Proposta, bloccata</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposta</translation>
        </message>
        <message>
            <source>%1, score %2</source>
            <translation>%1, punteggio %2</translation>
        </message>
        <message>
            <source>＋ New group: drop someone here</source>
            <translation>＋ Nuovo gruppo: trascina qui qualcuno</translation>
        </message>
        <message>
            <source>%1, %2 places taken</source>
            <translation>%1, posti occupati: %2</translation>
        </message>
        <message>
            <source>full</source>
            <translation>al completo</translation>
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation>%1 posti occupati su %2</translation>
        </message>
        <message>
            <source>Offers: %1</source>
            <translation>Offre: %1</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Turno %1</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Click a bar to list the pairs behind it.</source>
            <translation>Fai clic su una barra per elencare le coppie corrispondenti.</translation>
        </message>
        <message>
            <source>Click a bar to list the people behind it.</source>
            <translation>Fai clic su una barra per elencare le persone corrispondenti.</translation>
        </message>
        <message>
            <source>Sessions per month</source>
            <translation>Incontri al mese</translation>
        </message>
        <message>
            <source>Held sessions per month. </source>
            <translation>Incontri svolti al mese. </translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Incontri svolti</translation>
        </message>
        <message>
            <source>No sessions held in this period yet.</source>
            <translation>Nessun incontro svolto in questo periodo.</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>Stato degli obiettivi</translation>
        </message>
        <message>
            <source>Goals by status. Click a slice to list the pairs with such goals.</source>
            <translation>Obiettivi per stato. Fai clic su uno spicchio per elencare le coppie con tali obiettivi.</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <source>No goals set yet.</source>
            <translation>Nessun obiettivo ancora fissato.</translation>
        </message>
        <message>
            <source>Satisfaction and NPS per feedback round</source>
            <translation>Soddisfazione e NPS per rilevazione</translation>
        </message>
        <message>
            <source>Average satisfaction of mentees (bars, 1 to 5) and Net Promoter Score (line, −100 to 100) per round. Click to list who answered.</source>
            <translation>Soddisfazione media dei mentee (barre, da 1 a 5) e Net Promoter Score (linea, da −100 a 100) per rilevazione. Fai clic per elencare chi ha risposto.</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Soddisfazione (1–5)</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>No feedback in this period yet.</source>
            <translation>Nessun feedback in questo periodo.</translation>
        </message>
        <message>
            <source>Participation funnel</source>
            <translation>Imbuto della partecipazione</translation>
        </message>
        <message>
            <source>Mentees who signed up, were matched, met at least once and completed. </source>
            <translation>Mentee che si sono iscritti, sono stati abbinati, si sono incontrati almeno una volta e hanno completato il percorso. </translation>
        </message>
        <message>
            <source>People</source>
            <translation>Persone</translation>
        </message>
        <message>
            <source>Nobody has signed up as a mentee yet.</source>
            <translation>Nessuno si è ancora iscritto come mentee.</translation>
        </message>
        <message>
            <source>Skills wanted and offered</source>
            <translation>Competenze richieste e offerte</translation>
        </message>
        <message>
            <source>Mentees who want each skill and mentors who offer it, the biggest shortfall first: recruit mentors for the skills at the top. </source>
            <translation>Mentee che cercano ciascuna competenza e mentor che la offrono, prima le carenze maggiori: recluta mentor per le competenze in cima. </translation>
        </message>
        <message>
            <source>Wanted by mentees</source>
            <translation>Richieste dai mentee</translation>
        </message>
        <message>
            <source>Offered by mentors</source>
            <translation>Offerte dai mentor</translation>
        </message>
        <message>
            <source>No skills wanted or offered yet.</source>
            <translation>Nessuna competenza ancora richiesta o offerta.</translation>
        </message>
        <message>
            <source>Pairs closed by reason</source>
            <translation>Coppie chiuse per motivo</translation>
        </message>
        <message>
            <source>Pairs closed in the period, by reason. </source>
            <translation>Coppie chiuse nel periodo, per motivo. </translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Coppie</translation>
        </message>
        <message>
            <source>No pair closed in this period.</source>
            <translation>Nessuna coppia chiusa in questo periodo.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Tutto il periodo</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Questo mese</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Ultimi 3 mesi</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Quest'anno</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Intervallo personalizzato</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <source>This program has no participants yet. Add or import participants: the figures and charts fill in as pairs start, meet, set goals and give feedback.</source>
            <translation>Questo programma non ha ancora partecipanti. Aggiungi o importa i partecipanti: dati e grafici si riempiono man mano che le coppie iniziano, si incontrano, fissano obiettivi e danno feedback.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Match rate</source>
            <translation>Tasso di abbinamento</translation>
        </message>
        <message>
            <source>Active pairs</source>
            <translation>Coppie attive</translation>
        </message>
        <message>
            <source>Sessions this month</source>
            <translation>Incontri questo mese</translation>
        </message>
        <message>
            <source>Days since last session</source>
            <translation>Giorni dall'ultimo incontro</translation>
        </message>
        <message>
            <source>Goals completed</source>
            <translation>Obiettivi completati</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>Soddisfazione media</translation>
        </message>
        <message>
            <source>Net Promoter Score</source>
            <translation>Net Promoter Score</translation>
        </message>
        <message>
            <source>Pairs closed</source>
            <translation>Coppie chiuse</translation>
        </message>
        <message>
            <source>Sessions, feedback, goals completed and pairs closed: all time.</source>
            <translation>Incontri, feedback, obiettivi completati e coppie chiuse: tutto il periodo.</translation>
        </message>
        <message>
            <source>Sessions, feedback, goals completed and pairs closed from %1 to %2.</source>
            <translation>Incontri, feedback, obiettivi completati e coppie chiuse dal %1 al %2.</translation>
        </message>
        <message>
            <source>The other figures are the program as it is today.</source>
            <translation>Gli altri dati mostrano il programma com'è oggi.</translation>
        </message>
        <message>
            <source>%1 mentors · %2 mentees · %3 both
%4 applicants · %5 active · %6 withdrawn</source>
            <translation>%1 mentor · %2 mentee · %3 entrambi
%4 candidati · %5 attivi · %6 ritirati</translation>
        </message>
        <message>
            <source>%1 of %2 who want a match; %3 waiting</source>
            <translation>%1 su %2 che cercano un abbinamento; %3 in attesa</translation>
        </message>
        <message>
            <source>pairs meeting now (not paused)</source>
            <translation>coppie che si incontrano ora (non in pausa)</translation>
        </message>
        <message>
            <source>held by %n pair</source>
            <translation>svolti da %n coppia</translation>
        </message>
        <message>
            <source>held by %n pairs</source>
            <translation>svolti da %n coppie</translation>
        </message>
        <message>
            <source>median over %n active pair</source>
            <translation>mediana su %n coppia attiva</translation>
        </message>
        <message>
            <source>median over %n active pairs</source>
            <translation>mediana su %n coppie attive</translation>
        </message>
        <message>
            <source>%1 of %2 goals; %3 in the period</source>
            <translation>%1 di %2 obiettivi; %3 nel periodo</translation>
        </message>
        <message>
            <source>%n mentee answer (1 to 5)</source>
            <translation>%n risposta dei mentee (da 1 a 5)</translation>
        </message>
        <message>
            <source>%n mentee answers (1 to 5)</source>
            <translation>%n risposte dei mentee (da 1 a 5)</translation>
        </message>
        <message>
            <source>%1 promoters, %2 passives, %3 detractors</source>
            <translation>%1 promotori, %2 passivi, %3 detrattori</translation>
        </message>
        <message>
            <source>none in the period</source>
            <translation>nessuna nel periodo</translation>
        </message>
        <message>
            <source>All participants</source>
            <translation>Tutti i partecipanti</translation>
        </message>
        <message>
            <source>Waiting for a match</source>
            <translation>In attesa di abbinamento</translation>
        </message>
        <message>
            <source>Pairs that met this month</source>
            <translation>Coppie che si sono incontrate questo mese</translation>
        </message>
        <message>
            <source>Pairs with goals completed in the period</source>
            <translation>Coppie con obiettivi completati nel periodo</translation>
        </message>
        <message>
            <source>Who gave feedback in the period</source>
            <translation>Chi ha dato feedback nel periodo</translation>
        </message>
        <message>
            <source>Pairs closed in the period</source>
            <translation>Coppie chiuse nel periodo</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Salva grafico</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>Immagine PNG (*.png);;Immagine SVG (*.svg)</translation>
        </message>
        <message>
            <source>The chart could not be saved (%1). Choose another folder.</source>
            <translation>Impossibile salvare il grafico (%1). Scegli un'altra cartella.</translation>
        </message>
    </context>
    <context>
        <name>DateRow</name>
        <message>
            <source>The pair started on %1.</source>
            <translation>La coppia è iniziata il %1.</translation>
        </message>
        <message>
            <source>The date cannot be before the pair started (%1).</source>
            <translation>La data non può essere precedente all'inizio della coppia (%1).</translation>
        </message>
        <message>
            <source>Last change: %1.</source>
            <translation>Ultima modifica: %1.</translation>
        </message>
        <message>
            <source>The date cannot be before the last change (%1).</source>
            <translation>La data non può essere precedente all'ultima modifica (%1).</translation>
        </message>
        <message>
            <source>The date cannot be in the future (today is %1).</source>
            <translation>La data non può essere nel futuro (oggi è il %1).</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Rilevazione:</translation>
        </message>
        <message>
            <source>&amp;Add Answers…</source>
            <translation>&amp;Aggiungi risposte…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifica…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <source>Edit &amp;Questions…</source>
            <translation>Modifica &amp;domande…</translation>
        </message>
        <message>
            <source>&amp;Import Survey Export…</source>
            <translation>&amp;Importa risposte al questionario…</translation>
        </message>
        <message>
            <source>E&amp;xport Blank Survey…</source>
            <translation>Es&amp;porta questionario vuoto…</translation>
        </message>
        <message>
            <source>All rounds</source>
            <translation>Tutte le rilevazioni</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Coppia</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Rilevazione</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commento</translation>
        </message>
        <message>
            <source>%n answer sheet</source>
            <translation>%n scheda di risposte</translation>
        </message>
        <message>
            <source>%n answer sheets</source>
            <translation>%n schede di risposte</translation>
        </message>
        <message>
            <source>Mentees' average rating: %1 / 5</source>
            <translation>Valutazione media dei mentee: %1 / 5</translation>
        </message>
        <message>
            <source>Net Promoter Score: %1 (%2 answers)</source>
            <translation>Net Promoter Score: %1 (%2 risposte)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <source>Delete this answer sheet? Edit ▸ Undo brings it back.</source>
            <translation>Eliminare questa scheda di risposte? Modifica ▸ Annulla la ripristina.</translation>
        </message>
        <message>
            <source>Delete these %n answer sheets? Edit ▸ Undo brings them back.</source>
            <translation>Eliminare queste %n schede di risposte? Modifica ▸ Annulla le ripristina.</translation>
        </message>
        <message>
            <source>Delete Answers</source>
            <translation>Elimina risposte</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Export Blank Survey</source>
            <translation>Esporta questionario vuoto</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Edit goal</source>
            <translation>Modifica obiettivo</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Aggiungi obiettivo</translation>
        </message>
        <message>
            <source>Blank goal</source>
            <translation>Obiettivo vuoto</translation>
        </message>
        <message>
            <source>What exactly will change, e.g. Lead a meeting</source>
            <translation>Che cosa cambierà esattamente, ad es. Condurre una riunione</translation>
        </message>
        <message>
            <source>What will show the goal is reached</source>
            <translation>Che cosa mostrerà che l'obiettivo è raggiunto</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Nessuna data prevista</translation>
        </message>
        <message>
            <source>The pair</source>
            <translation>La coppia</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Parti da:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titolo:</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Misura:</translation>
        </message>
        <message>
            <source>&amp;Why it matters:</source>
            <translation>Perché è &amp;importante:</translation>
        </message>
        <message>
            <source>Tar&amp;get date:</source>
            <translation>&amp;Data prevista:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;o:</translation>
        </message>
        <message>
            <source>&amp;Belongs to:</source>
            <translation>&amp;Appartiene a:</translation>
        </message>
        <message>
            <source>Action step</source>
            <translation>Passo</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Traguardo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
        <message>
            <source>Action ste&amp;ps:</source>
            <translation>Pa&amp;ssi:</translation>
        </message>
        <message>
            <source>&amp;Add Step</source>
            <translation>Aggi&amp;ungi passo</translation>
        </message>
        <message>
            <source>&amp;Remove Step</source>
            <translation>&amp;Rimuovi passo</translation>
        </message>
        <message>
            <source>Move U&amp;p</source>
            <translation>Sposta in a&amp;lto</translation>
        </message>
        <message>
            <source>Move Dow&amp;n</source>
            <translation>Sposta in &amp;basso</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Add Goal</source>
            <translation>Aggiungi obiettivo</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Nessuna data</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Passo %1: %2</translation>
        </message>
        <message>
            <source>To make the goal SMARTer:</source>
            <translation>Per rendere l'obiettivo più SMART:</translation>
        </message>
        <message>
            <source>SMART: specific, measurable, dated, relevant, with action steps.</source>
            <translation>SMART: specifico, misurabile, con una data, rilevante, suddiviso in passi.</translation>
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message>
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <source>Goal / action step</source>
            <translation>Obiettivo / passo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avanzamento</translation>
        </message>
        <message>
            <source>Target / due</source>
            <translation>Data prevista / scadenza</translation>
        </message>
        <message>
            <source>No goals yet. Add one, from a template or blank.</source>
            <translation>Ancora nessun obiettivo. Aggiungine uno, da un modello o vuoto.</translation>
        </message>
        <message>
            <source>Add Goal…</source>
            <translation>Aggiungi obiettivo…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Change the selected goal's status</source>
            <translation>Cambia lo stato dell'obiettivo selezionato</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stato:</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 di %2 passi</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>fatto il %1</translation>
        </message>
    </context>
    <context>
        <name>IdListDialog</name>
        <message>
            <source>%n name:</source>
            <translation>%n nome:</translation>
        </message>
        <message>
            <source>%n names:</source>
            <translation>%n nomi:</translation>
        </message>
        <message>
            <source>Nobody is behind this figure.</source>
            <translation>Nessuna persona corrisponde a questo dato.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Sign-in sheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Fogli firme (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Import sign-in sheet: %1</source>
            <translation>Importa foglio firme: %1</translation>
        </message>
        <message>
            <source>Choose the sign-in sheet</source>
            <translation>Scegli il foglio firme</translation>
        </message>
        <message>
            <source>The list of people who came: a Microsoft Forms or Google Forms check-in export, or a sheet typed in Excel (.xlsx or .csv), one person a row. Each person is found by e-mail, or by name when there is no e-mail column. Nothing is imported until the last step.</source>
            <translation>L'elenco delle persone presenti: un'esportazione delle registrazioni da Microsoft Forms o Google Forms, oppure un foglio compilato in Excel (.xlsx o .csv), una persona per riga. Ogni persona viene trovata tramite e-mail, o per nome se non c'è una colonna e-mail. Nulla viene importato fino all'ultimo passaggio.</translation>
        </message>
        <message>
            <source>Choose a .xlsx or .csv file with the people who came…</source>
            <translation>Scegli un file .xlsx o .csv con le persone presenti…</translation>
        </message>
        <message>
            <source>Choose the sheet with the people who came, and on which row the column titles are (rows above it are skipped).</source>
            <translation>Scegli il foglio con le persone presenti e la riga in cui si trovano i titoli delle colonne (le righe sopra vengono saltate).</translation>
        </message>
        <message>
            <source>What each column holds: the e-mail address, or the first and last name (or the full name), and, if the sheet has one, whether the person came (yes, no, x, ✓, 1 or 0; a row without it counts as someone who came). MentorDesk guessed from the titles; change any guess, or choose “Ignore”.</source>
            <translation>Che cosa contiene ogni colonna: l'indirizzo e-mail, oppure il nome e il cognome (o il nome completo) e, se il foglio lo indica, se la persona è venuta (sì, no, x, ✓, 1 o 0; una riga senza questo dato conta come presenza). MentorDesk ha dedotto le colonne dai titoli; correggi quelle sbagliate o scegli “Ignora”.</translation>
        </message>
        <message>
            <source>Each person on the sheet, matched to a participant; point at a red cell to see what is wrong. Nothing is written until you press Import; Edit ▸ Undo takes it all back.</source>
            <translation>Ogni persona del foglio, associata a un partecipante; passa il mouse su una cella rossa per vedere che cosa non va. Nulla viene scritto finché non premi Importa; Modifica ▸ Annulla annulla tutto.</translation>
        </message>
        <message>
            <source>Nothing to import: everyone who came is already ticked, or every row was rejected.</source>
            <translation>Niente da importare: tutti i presenti sono già spuntati, oppure ogni riga è stata scartata.</translation>
        </message>
        <message>
            <source>Import sign-in sheet %1</source>
            <translation>Importazione foglio firme %1</translation>
        </message>
        <message>
            <source>Import mappings (*.json)</source>
            <translation>Mappature di importazione (*.json)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonna</translation>
        </message>
        <message>
            <source>Title in the file</source>
            <translation>Titolo nel file</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Esempi</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Destinazione</translation>
        </message>
        <message>
            <source>&amp;Save this mapping…</source>
            <translation>&amp;Salva questa mappatura…</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Foglio:</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignora</translation>
        </message>
        <message>
            <source>Save this mapping</source>
            <translation>Salva questa mappatura</translation>
        </message>
        <message>
            <source>Mapping not saved</source>
            <translation>Mappatura non salvata</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Controlla prima di importare</translation>
        </message>
        <message>
            <source>People already in the program (same e-mail):</source>
            <translation>Persone già nel programma (stessa e-mail):</translation>
        </message>
        <message>
            <source>Save &amp;rejected rows…</source>
            <translation>Salva righe sca&amp;rtate…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Controllo di tutte le righe…</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Salva righe scartate</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non salvato</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importa</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Sfoglia…</translation>
        </message>
        <message>
            <source>Use a saved &amp;mapping…</source>
            <translation>Usa una &amp;mappatura salvata…</translation>
        </message>
        <message>
            <source>Use a saved mapping</source>
            <translation>Usa una mappatura salvata</translation>
        </message>
        <message>
            <source>Sheets</source>
            <translation>Fogli</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Foglio</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Righe</translation>
        </message>
        <message>
            <source>Who is on it</source>
            <translation>Chi contiene</translation>
        </message>
        <message>
            <source>Titles on row</source>
            <translation>Titoli alla riga</translation>
        </message>
        <message>
            <source>No sheet was ticked: none has a column MentorDesk recognises as names or e-mail addresses. Tick the sheet to import; on the next page you say what each column holds.</source>
            <translation>Nessun foglio è stato spuntato: in nessuno MentorDesk riconosce una colonna di nomi o di indirizzi e-mail. Spunta il foglio da importare; nella pagina successiva indicherai cosa contiene ogni colonna.</translation>
        </message>
        <message>
            <source>%n hidden sheet(s) are not imported.</source>
            <translation>Fogli nascosti non importati: %n.</translation>
        </message>
        <message>
            <source>Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Elenchi dei partecipanti (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>From a column</source>
            <translation>Da una colonna</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Importa elenco dei partecipanti</translation>
        </message>
        <message>
            <source>Choose the roster</source>
            <translation>Scegli l'elenco dei partecipanti</translation>
        </message>
        <message>
            <source>An Excel workbook or a CSV file: a sign-up sheet, or the answers of a Microsoft Forms or Google Forms survey. Nothing is imported until the last step.</source>
            <translation>Una cartella di lavoro Excel o un file CSV: un foglio di iscrizione, oppure le risposte a un questionario di Microsoft Forms o Google Forms. Nulla viene importato fino all'ultimo passaggio.</translation>
        </message>
        <message>
            <source>Choose a .xlsx or .csv file…</source>
            <translation>Scegli un file .xlsx o .csv…</translation>
        </message>
        <message>
            <source>Tick the sheets to import, say who is on each, and on which row the column titles are (rows above it are skipped).</source>
            <translation>Spunta i fogli da importare, indica chi contiene ciascuno e la riga in cui si trovano i titoli delle colonne (le righe sopra vengono saltate).</translation>
        </message>
        <message>
            <source>What each column holds. MentorDesk guessed from the titles; change any guess, or choose “Ignore” for a column you do not need.</source>
            <translation>Che cosa contiene ogni colonna. MentorDesk ha dedotto le colonne dai titoli; correggi quelle sbagliate o scegli “Ignora” per una colonna che non ti serve.</translation>
        </message>
        <message>
            <source>Each row as it will be stored; point at a red cell to see what is wrong. Nothing is written until you press Import; Edit ▸ Undo takes it all back.</source>
            <translation>Ogni riga come verrà salvata; passa il mouse su una cella rossa per vedere che cosa non va. Nulla viene scritto finché non premi Importa; Modifica ▸ Annulla annulla tutto.</translation>
        </message>
        <message>
            <source>Nothing to import: everyone in this file is already in the program as it is, or was rejected.</source>
            <translation>Niente da importare: tutte le persone di questo file sono già nel programma così come sono, oppure sono state scartate.</translation>
        </message>
        <message>
            <source>Sheet “%1”: choose the columns with the first and last names (or the full name).</source>
            <translation>Foglio “%1”: scegli le colonne con nome e cognome (o il nome completo).</translation>
        </message>
        <message>
            <source>&amp;Update them</source>
            <translation>&amp;Aggiornali</translation>
        </message>
        <message>
            <source>&amp;Skip them</source>
            <translation>&amp;Saltali</translation>
        </message>
        <message>
            <source>&amp;Keep both apart</source>
            <translation>&amp;Mantieni entrambi separati</translation>
        </message>
        <message>
            <source>New career levels: %1</source>
            <translation>Nuovi livelli di carriera: %1</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Risposte</translation>
        </message>
        <message>
            <source>What people answered, and what it means in MentorDesk.</source>
            <translation>Che cosa hanno risposto le persone e che cosa significa in MentorDesk.</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Risposta</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Mentees</source>
            <translation>Mentee</translation>
        </message>
        <message>
            <source>Answers about the role:</source>
            <translation>Risposte sul ruolo:</translation>
        </message>
        <message>
            <source>How many mentees, answered in words:</source>
            <translation>Quanti mentee, risposte scritte a parole:</translation>
        </message>
        <message>
            <source>— not a role —</source>
            <translation>— nessun ruolo —</translation>
        </message>
        <message>
            <source>The sheet's role</source>
            <translation>Il ruolo del foglio</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>non è un numero</translation>
        </message>
        <message>
            <source>Survey exports (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Esportazioni di questionari (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Import survey answers</source>
            <translation>Importa risposte al questionario</translation>
        </message>
        <message>
            <source>Choose the survey export</source>
            <translation>Scegli l'esportazione del questionario</translation>
        </message>
        <message>
            <source>The answers to the feedback survey: a Microsoft Forms or Google Forms export, or the blank survey sheet filled in (.xlsx or .csv). Each answer sheet is matched to a participant by e-mail. Nothing is imported until the last step.</source>
            <translation>Le risposte al questionario di feedback: un'esportazione di Microsoft Forms o Google Forms, oppure il questionario vuoto compilato (.xlsx o .csv). Ogni scheda di risposte viene associata a un partecipante tramite e-mail. Nulla viene importato fino all'ultimo passaggio.</translation>
        </message>
        <message>
            <source>Choose a .xlsx or .csv file with the answers…</source>
            <translation>Scegli un file .xlsx o .csv con le risposte…</translation>
        </message>
        <message>
            <source>Choose the sheet with the answers, and on which row the column titles are (rows above it are skipped).</source>
            <translation>Scegli il foglio con le risposte e la riga in cui si trovano i titoli delle colonne (le righe sopra vengono saltate).</translation>
        </message>
        <message>
            <source>What each column holds: the e-mail address, the round, when it was sent, and which question of the questionnaire each answer belongs to. MentorDesk guessed from the titles; change any guess, or choose “Ignore”.</source>
            <translation>Che cosa contiene ogni colonna: l'indirizzo e-mail, la rilevazione, quando è stato inviato e a quale domanda del questionario appartiene ogni risposta. MentorDesk ha dedotto le colonne dai titoli; correggi quelle sbagliate o scegli “Ignora”.</translation>
        </message>
        <message>
            <source>Each answer sheet as it will be stored, matched to a participant by e-mail; point at a red cell to see what is wrong. Nothing is written until you press Import; Edit ▸ Undo takes it all back.</source>
            <translation>Ogni scheda di risposte come verrà salvata, associata a un partecipante tramite e-mail; passa il mouse su una cella rossa per vedere che cosa non va. Nulla viene scritto finché non premi Importa; Modifica ▸ Annulla annulla tutto.</translation>
        </message>
        <message>
            <source>Nothing to import: every answer sheet in this file is already in the program or was rejected.</source>
            <translation>Niente da importare: ogni scheda di risposte di questo file è già nel programma o è stata scartata.</translation>
        </message>
        <message>
            <source>Round and answers</source>
            <translation>Rilevazione e risposte</translation>
        </message>
        <message>
            <source>Which feedback round these answers belong to. Someone's answers to a round are imported once: a round they have already answered is left as it is.</source>
            <translation>A quale rilevazione di feedback appartengono queste risposte. Le risposte di una persona a una rilevazione si importano una sola volta: una rilevazione a cui ha già risposto resta com'è.</translation>
        </message>
        <message>
            <source>Choose or type a round</source>
            <translation>Scegli o scrivi una rilevazione</translation>
        </message>
        <message>
            <source>Answers written in words, and the number each is read as:</source>
            <translation>Risposte scritte a parole e il numero a cui corrisponde ciascuna:</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Letta come</translation>
        </message>
        <message>
            <source>The file has no column naming the round: every answer in it belongs to the round chosen here.</source>
            <translation>Il file non ha una colonna che indichi la rilevazione: ogni sua risposta appartiene alla rilevazione scelta qui.</translation>
        </message>
        <message>
            <source>&amp;Round of every answer:</source>
            <translation>&amp;Rilevazione di ogni risposta:</translation>
        </message>
        <message>
            <source>Column %1 (“%2”) names the round of each answer: %3.</source>
            <translation>La colonna %1 (“%2”) indica la rilevazione di ogni risposta: %3.</translation>
        </message>
        <message>
            <source>&amp;Round where that column is blank:</source>
            <translation>&amp;Rilevazione dove quella colonna è vuota:</translation>
        </message>
        <message>
            <source>not a number: rejected</source>
            <translation>non è un numero: scartata</translation>
        </message>
    </context>
    <context>
        <name>IntakeActions</name>
        <message>
            <source>&amp;Intake</source>
            <translation>&amp;Selezione</translation>
        </message>
        <message>
            <source>Intake &amp;details…</source>
            <translation>&amp;Dettagli della selezione…</translation>
        </message>
        <message>
            <source>&amp;Tick checklist item</source>
            <translation>&amp;Spunta voce della checklist</translation>
        </message>
        <message>
            <source>&amp;Untick checklist item</source>
            <translation>&amp;Togli la spunta a una voce</translation>
        </message>
        <message>
            <source>&amp;Move to stage</source>
            <translation>Sposta alla &amp;fase</translation>
        </message>
        <message>
            <source>No checklist: add one in Program Settings</source>
            <translation>Nessuna checklist: aggiungine una in Impostazioni del programma</translation>
        </message>
        <message>
            <source>Why? (kept with their intake)</source>
            <translation>Perché? (annotato nella sua selezione)</translation>
        </message>
    </context>
    <context>
        <name>IntakeBox</name>
        <message>
            <source>Intake and recruitment</source>
            <translation>Selezione e reclutamento</translation>
        </message>
        <message>
            <source>Show the participants at this stage</source>
            <translation>Mostra i partecipanti in questa fase</translation>
        </message>
        <message>
            <source>Mentors ready</source>
            <translation>Mentor pronti</translation>
        </message>
        <message>
            <source>Mentees ready</source>
            <translation>Mentee pronti</translation>
        </message>
        <message>
            <source>By intake stage</source>
            <translation>Per fase di selezione</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 di %2</translation>
        </message>
        <message>
            <source>target reached</source>
            <translation>obiettivo raggiunto</translation>
        </message>
        <message>
            <source>%1 more wanted</source>
            <translation>ne servono altri %1</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>nessun obiettivo impostato</translation>
        </message>
        <message>
            <source>%1 · %2 on the way</source>
            <translation>%1 · %2 in arrivo</translation>
        </message>
        <message>
            <source>Recruit mentors who offer: %1</source>
            <translation>Recluta mentor che offrono: %1</translation>
        </message>
        <message>
            <source>Every skill mentees want is offered by a ready mentor.</source>
            <translation>Ogni competenza richiesta dai mentee è offerta da un mentor pronto.</translation>
        </message>
    </context>
    <context>
        <name>IntakeCommands</name>
        <message>
            <source>Tick “%1” for %2</source>
            <translation>Spunta “%1” per %2</translation>
        </message>
        <message>
            <source>Untick “%1” for %2</source>
            <translation>Togli la spunta a “%1” per %2</translation>
        </message>
        <message>
            <source>Move %1 to “%2”</source>
            <translation>Sposta %1 in “%2”</translation>
        </message>
        <message>
            <source>Edit the intake of %1</source>
            <translation>Modifica la selezione di %1</translation>
        </message>
        <message>
            <source>Edit the intake settings</source>
            <translation>Modifica le impostazioni di selezione</translation>
        </message>
        <message>
            <source>1 participant</source>
            <translation>1 partecipante</translation>
        </message>
        <message>
            <source>%1 participants</source>
            <translation>%1 partecipanti</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Intake of %1</source>
            <translation>Selezione di %1</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 dal %2</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (impostato a mano)</translation>
        </message>
        <message>
            <source>Offered to matching.</source>
            <translation>Disponibile per l'abbinamento.</translation>
        </message>
        <message>
            <source>Not offered to matching: %1.</source>
            <translation>Non disponibile per l'abbinamento: %1.</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Voce della checklist</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Fatto il</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Verificato da</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Scade</translation>
        </message>
        <message>
            <source>who checked</source>
            <translation>chi ha verificato</translation>
        </message>
        <message>
            <source>This program has no screening checklist for this role.</source>
            <translation>Questo programma non ha una checklist di verifica per questo ruolo.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, required</source>
            <translation>%1, obbligatoria</translation>
        </message>
        <message>
            <source>No required training and none attended yet.</source>
            <translation>Nessuna formazione obbligatoria e nessuna ancora frequentata.</translation>
        </message>
        <message>
            <source>Attendance is ticked on the Resources page.</source>
            <translation>La presenza si segna nella pagina Risorse.</translation>
        </message>
        <message>
            <source>As the checklist and trainings give</source>
            <translation>Secondo checklist e formazione</translation>
        </message>
        <message>
            <source>why (for withdrawn or not accepted)</source>
            <translation>motivo (per ritirato o non accettato)</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Verifica</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Formazione</translation>
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation>&amp;Fase:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (scaduto)</translation>
        </message>
        <message>
            <source>%1 (in %2 days)</source>
            <translation>%1 (tra %2 giorni)</translation>
        </message>
    </context>
    <context>
        <name>IntakeTab</name>
        <message>
            <source>Checklist item</source>
            <translation>Voce della checklist</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Per</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Con data</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>Scade dopo</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Aggiungi voce</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Sposta su</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Sposta giù</translation>
        </message>
        <message>
            <source>Offer to &amp;matching:</source>
            <translation>Proponi all'&amp;abbinamento:</translation>
        </message>
        <message>
            <source>mentors and</source>
            <translation>mentor e</translation>
        </message>
        <message>
            <source>mentees</source>
            <translation>mentee</translation>
        </message>
        <message>
            <source>Recruitment &amp;target:</source>
            <translation>Obiettivo di &amp;reclutamento:</translation>
        </message>
        <message>
            <source>Screening checklist: every item for a participant's role ticked makes them screened. Leave it empty when the program screens nobody. Trainings marked required (Resources page) make them trained.</source>
            <translation>Checklist di verifica: quando tutte le voci per il ruolo di un partecipante sono spuntate, il partecipante risulta verificato. Lasciala vuota se il programma non verifica nessuno. I corsi di formazione segnati come obbligatori (pagina Risorse) lo rendono formato.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mesi</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Nuova voce</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New Program…</source>
            <translation>&amp;Nuovo programma…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Apri…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Apri recen&amp;ti</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Program</source>
            <translation>Apri il programma &amp;dimostrativo</translation>
        </message>
        <message>
            <source>Save a Cop&amp;y As…</source>
            <translation>Salva una &amp;copia con nome…</translation>
        </message>
        <message>
            <source>Export C&amp;alendar…</source>
            <translation>Esporta ca&amp;lendario…</translation>
        </message>
        <message>
            <source>Write Program Re&amp;port (PDF)…</source>
            <translation>Scrivi &amp;relazione sul programma (PDF)…</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>Ri&amp;pristina da copia di sicurezza…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>C&amp;hiudi</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferenze…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Vai</translation>
        </message>
        <message>
            <source>&amp;Program</source>
            <translation>&amp;Programma</translation>
        </message>
        <message>
            <source>Program &amp;Settings…</source>
            <translation>&amp;Impostazioni del programma…</translation>
        </message>
        <message>
            <source>&amp;Add Participant…</source>
            <translation>&amp;Aggiungi partecipante…</translation>
        </message>
        <message>
            <source>Mentor &amp;Certificate…</source>
            <translation>A&amp;ttestato per mentor…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>&amp;About MentorDesk</source>
            <translation>&amp;Informazioni su MentorDesk</translation>
        </message>
        <message>
            <source>No recent programs</source>
            <translation>Nessun programma recente</translation>
        </message>
        <message>
            <source>%1

You can open it read-only here to look at it; changes are made in the other window.</source>
            <translation>%1

Puoi aprirlo qui in sola lettura per consultarlo; le modifiche si fanno nell'altra finestra.</translation>
        </message>
        <message>
            <source>Program already open</source>
            <translation>Programma già aperto</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Apri in sola lettura</translation>
        </message>
        <message>
            <source>Backup restored; the program as it was is kept as another backup.</source>
            <translation>Copia di sicurezza ripristinata; il programma com'era prima è conservato come un'altra copia di sicurezza.</translation>
        </message>
        <message>
            <source>New program</source>
            <translation>Nuovo programma</translation>
        </message>
        <message>
            <source>My mentoring program</source>
            <translation>Il mio programma di mentoring</translation>
        </message>
        <message>
            <source>Cannot create program</source>
            <translation>Impossibile creare il programma</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Choose another folder.</source>
            <translation>Impossibile scrivere %1 (%2). Scegli un'altra cartella.</translation>
        </message>
        <message>
            <source>Edit program settings</source>
            <translation>Modifica le impostazioni del programma</translation>
        </message>
        <message>
            <source>The new language is used from the next time MentorDesk starts.</source>
            <translation>La nuova lingua sarà usata dal prossimo avvio di MentorDesk.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (sola lettura)</translation>
        </message>
        <message>
            <source>About MentorDesk</source>
            <translation>Informazioni su MentorDesk</translation>
        </message>
        <message>
            <source>MentorDesk %1
Run a mentoring program offline, from one file.</source>
            <translation>MentorDesk %1
Gestisci un programma di mentoring offline, da un unico file.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Salva una copia</translation>
        </message>
        <message>
            <source>Copy not saved</source>
            <translation>Copia non salvata</translation>
        </message>
        <message>
            <source>Copy saved to %1</source>
            <translation>Copia salvata in %1</translation>
        </message>
        <message>
            <source>Write the program report</source>
            <translation>Scrivi la relazione sul programma</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Scrittura della relazione…</translation>
        </message>
        <message>
            <source>Report not written</source>
            <translation>Relazione non scritta</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Relazione scritta in %1</translation>
        </message>
        <message>
            <source>Certificate saved to %1</source>
            <translation>Attestato salvato in %1</translation>
        </message>
    </context>
    <context>
        <name>MatchSettingsDialog</name>
        <message>
            <source>Matching settings</source>
            <translation>Impostazioni di abbinamento</translation>
        </message>
        <message>
            <source>Choose what makes a good pair. Each criterion’s weight sets its share of the compatibility score, from 0 to 100.</source>
            <translation>Scegli che cosa rende buona una coppia. Il peso di ogni criterio stabilisce la sua quota del punteggio di compatibilità, da 0 a 100.</translation>
        </message>
        <message>
            <source>What counts</source>
            <translation>Che cosa conta</translation>
        </message>
        <message>
            <source>Weight (0 = ignored)</source>
            <translation>Peso (0 = ignorato)</translation>
        </message>
        <message>
            <source>Share of the score</source>
            <translation>Quota del punteggio</translation>
        </message>
        <message>
            <source>How many of the 100 points this criterion can give.</source>
            <translation>Quanti dei 100 punti può dare questo criterio.</translation>
        </message>
        <message>
            <source>Weight of {criterion}</source>
            <translation>Peso di “{criterion}”</translation>
        </message>
        <message>
            <source>Share of the score for {criterion}</source>
            <translation>Quota del punteggio per “{criterion}”</translation>
        </message>
        <message>
            <source>Whether pairs from different departments or from the same one score higher.</source>
            <translation>Se ottengono un punteggio più alto le coppie di reparti diversi o quelle dello stesso reparto.</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Reparti</translation>
        </message>
        <message>
            <source>Departments:</source>
            <translation>Reparti:</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Ripristina predefiniti</translation>
        </message>
        <message>
            <source>Put back the weights and department choice MentorDesk suggests.</source>
            <translation>Rimetti i pesi e la scelta sui reparti suggeriti da MentorDesk.</translation>
        </message>
        <message>
            <source>Career levels</source>
            <translation>Livelli di carriera</translation>
        </message>
        <message>
            <source>The career-level gap that scores best: the mentor this many levels higher.</source>
            <translation>Lo scarto di livello di carriera con il punteggio migliore: il mentor questo numero di livelli più in alto.</translation>
        </message>
        <message>
            <source>Fewest levels the mentor is above the mentee</source>
            <translation>Minimo di livelli di cui il mentor supera il mentee</translation>
        </message>
        <message>
            <source>Most levels the mentor is above the mentee</source>
            <translation>Massimo di livelli di cui il mentor supera il mentee</translation>
        </message>
        <message>
            <source>Ideal gap: mentor %1 to %2 levels above the mentee</source>
            <translation>Scarto ideale: mentor da %1 a %2 livelli sopra il mentee</translation>
        </message>
        <message>
            <source>Levels, lowest first: {levels}</source>
            <translation>Livelli, dal più basso: {levels}</translation>
        </message>
        <message>
            <source>This program has no career levels yet; add them in Program settings.</source>
            <translation>Questo programma non ha ancora livelli di carriera; aggiungili nelle Impostazioni del programma.</translation>
        </message>
        <message>
            <source>Rules that rule a pair out</source>
            <translation>Vincoli che escludono una coppia</translation>
        </message>
        <message>
            <source>(only when both levels are known)</source>
            <translation>(solo se entrambi i livelli sono noti)</translation>
        </message>
        <message>
            <source>Never pair people from the same department</source>
            <translation>Non abbinare mai persone dello stesso reparto</translation>
        </message>
        <message>
            <source>Two people from the same department are never paired.</source>
            <translation>Due persone dello stesso reparto non vengono mai abbinate.</translation>
        </message>
        <message>
            <source>Pair only people who share a language (when both list languages)</source>
            <translation>Abbina solo persone con una lingua in comune (se entrambe indicano le lingue)</translation>
        </message>
        <message>
            <source>People who both list languages but share none are never paired.</source>
            <translation>Due persone che indicano entrambe le lingue parlate ma non ne hanno nessuna in comune non vengono mai abbinate.</translation>
        </message>
        <message>
            <source>The mentor must be at a higher level than the mentee</source>
            <translation>Il mentor deve essere a un livello superiore a quello del mentee</translation>
        </message>
        <message>
            <source>A mentor at the mentee’s level or lower is never proposed {known}.</source>
            <translation>Un mentor allo stesso livello del mentee o inferiore non viene mai proposto {known}.</translation>
        </message>
        <message>
            <source>The mentor must be within the ideal level gap</source>
            <translation>Il mentor deve rientrare nello scarto di livello ideale</translation>
        </message>
        <message>
            <source>A mentor outside the ideal gap is never proposed {known}.</source>
            <translation>Un mentor fuori dallo scarto ideale non viene mai proposto {known}.</translation>
        </message>
        <message>
            <source>Automatic matching</source>
            <translation>Abbinamento automatico</translation>
        </message>
        <message>
            <source>Give as many mentees as possible a mentor first, then the best scores</source>
            <translation>Dai prima un mentor a quanti più mentee possibile, poi cerca i punteggi migliori</translation>
        </message>
        <message>
            <source>When off, automatic matching only seeks the highest total score, which may leave more mentees without a mentor.</source>
            <translation>Se disattivato, l'abbinamento automatico cerca solo il punteggio totale più alto, il che può lasciare più mentee senza mentor.</translation>
        </message>
        <message>
            <source> people</source>
            <translation> persone</translation>
        </message>
        <message>
            <source>People per group</source>
            <translation>Persone per gruppo</translation>
        </message>
        <message>
            <source>How many people each automatic peer group has.</source>
            <translation>Quante persone ha ogni gruppo di pari automatico.</translation>
        </message>
        <message>
            <source>People per group:</source>
            <translation>Persone per gruppo:</translation>
        </message>
        <message>
            <source>Balance groups</source>
            <translation>Bilancia i gruppi</translation>
        </message>
        <message>
            <source>Mix: people who share a value are spread over the groups, and nobody is the only one with their value in a group. Keep together: they share groups.</source>
            <translation>Mescola: le persone con lo stesso valore vengono distribuite tra i gruppi, e nessuno è l'unico con il proprio valore in un gruppo. Tieni insieme: finiscono negli stessi gruppi.</translation>
        </message>
        <message>
            <source>Balance groups by</source>
            <translation>Bilancia i gruppi per</translation>
        </message>
        <message>
            <source>Balance groups:</source>
            <translation>Bilancia i gruppi:</translation>
        </message>
        <message>
            <source>Whether the two are at the same or a neighbouring career level.</source>
            <translation>Se i due sono allo stesso livello di carriera o a uno vicino.</translation>
        </message>
        <message>
            <source>How close the mentor’s career level is to the ideal gap set on the right.</source>
            <translation>Quanto il livello di carriera del mentor si avvicina allo scarto ideale impostato a destra.</translation>
        </message>
        <message>
            <source>How many of the skills each wants to develop the other offers.</source>
            <translation>Quante delle competenze che ciascuno vuole sviluppare sono offerte dall'altro.</translation>
        </message>
        <message>
            <source>How many of the skills the mentee wants the mentor offers.</source>
            <translation>Quante delle competenze richieste dal mentee sono offerte dal mentor.</translation>
        </message>
        <message>
            <source>How many interests the two have in common.</source>
            <translation>Quanti interessi hanno in comune i due.</translation>
        </message>
        <message>
            <source>Whether the two work in the same department.</source>
            <translation>Se i due lavorano nello stesso reparto.</translation>
        </message>
        <message>
            <source>Whether the two speak a language in common.</source>
            <translation>Se i due parlano una lingua in comune.</translation>
        </message>
        <message>
            <source>Whether the two work in the same place.</source>
            <translation>Se i due lavorano nello stesso luogo.</translation>
        </message>
        <message>
            <source>How many of their free times the two have in common.</source>
            <translation>Quante fasce di disponibilità hanno in comune i due.</translation>
        </message>
        <message>
            <source>Whether one of them asked to be paired with the other.</source>
            <translation>Se uno dei due ha chiesto di essere abbinato all'altro.</translation>
        </message>
        <message>
            <source>{share}%</source>
            <translation>{share}%</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>ignorato</translation>
        </message>
        <message>
            <source>Give at least one criterion a weight.</source>
            <translation>Dai un peso ad almeno un criterio.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Program settings…</source>
            <translation>Impostazioni del programma…</translation>
        </message>
        <message>
            <source>All participants</source>
            <translation>Tutti i partecipanti</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Mentees</source>
            <translation>Mentee</translation>
        </message>
        <message>
            <source>Mentor and mentee</source>
            <translation>Mentor e mentee</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>Candidati</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivi</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ritirati</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposti</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Chiusi</translation>
        </message>
        <message>
            <source>Show the participants in these pairs</source>
            <translation>Mostra i partecipanti di queste coppie</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>By role</source>
            <translation>Per ruolo</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Per stato</translation>
        </message>
        <message>
            <source>Pairs and groups</source>
            <translation>Coppie e gruppi</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Obiettivi del programma</translation>
        </message>
        <message>
            <source>Nothing to celebrate yet. Completed goals, milestone steps, every tenth session of a pair and pairs closed with their goals reached will appear here.</source>
            <translation>Ancora niente da festeggiare. Qui compariranno gli obiettivi completati, i passi segnati come traguardo, ogni decimo incontro di una coppia e le coppie chiuse con gli obiettivi raggiunti.</translation>
        </message>
        <message>
            <source>Milestones to celebrate</source>
            <translation>Traguardi da festeggiare</translation>
        </message>
        <message>
            <source>%1 sessions logged · %2 goals set</source>
            <translation>%1 incontri registrati · %2 obiettivi fissati</translation>
        </message>
        <message>
            <source>No objectives written yet.</source>
            <translation>Nessun obiettivo del programma ancora scritto.</translation>
        </message>
        <message>
            <source>Click to open the pair</source>
            <translation>Fai clic per aprire la coppia</translation>
        </message>
        <message>
            <source>formal</source>
            <translation>formale</translation>
        </message>
        <message>
            <source>informal</source>
            <translation>informale</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>dal %1 al %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>dal %1</translation>
        </message>
        <message>
            <source>pairs meet every day</source>
            <translation>le coppie si incontrano ogni giorno</translation>
        </message>
        <message>
            <source>pairs meet every %n days</source>
            <translation>le coppie si incontrano ogni %n giorni</translation>
        </message>
    </context>
    <context>
        <name>PairDetail</name>
        <message>
            <source>Select a pair or group to see its life and agreement.</source>
            <translation>Seleziona una coppia o un gruppo per vederne la storia e l'accordo.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Avvia</translation>
        </message>
        <message>
            <source>Pa&amp;use</source>
            <translation>Metti in &amp;pausa</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Riprendi</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>R&amp;iapri</translation>
        </message>
        <message>
            <source>&amp;Close…</source>
            <translation>&amp;Chiudi…</translation>
        </message>
        <message>
            <source>Optional, e.g. Leadership circle</source>
            <translation>Facoltativo, ad es. Circolo di leadership</translation>
        </message>
        <message>
            <source>What each agreed to bring, e.g. come prepared, share one goal per month</source>
            <translation>Che cosa ciascuno si impegna a portare, ad es. arrivare preparati, condividere un obiettivo al mese</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source>Not agreed</source>
            <translation>Non concordato</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Di persona</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>Concordata</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>E&amp;xpectations:</source>
            <translation>Asp&amp;ettative:</translation>
        </message>
        <message>
            <source>Meet ever&amp;y:</source>
            <translation>Incont&amp;ri ogni:</translation>
        </message>
        <message>
            <source>Channe&amp;l:</source>
            <translation>Cana&amp;le:</translation>
        </message>
        <message>
            <source>Con&amp;fidentiality:</source>
            <translation>Riservate&amp;zza:</translation>
        </message>
        <message>
            <source>Meeting plan</source>
            <translation>Piano degli incontri</translation>
        </message>
        <message>
            <source>Meetin&amp;g plan:</source>
            <translation>Piano de&amp;gli incontri:</translation>
        </message>
        <message>
            <source>&amp;Weekday:</source>
            <translation>Giorno della setti&amp;mana:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>&amp;Ora:</translation>
        </message>
        <message>
            <source>Sa&amp;ve Agreement</source>
            <translation>Sal&amp;va accordo</translation>
        </message>
        <message>
            <source>D&amp;iscard Changes</source>
            <translation>&amp;Scarta modifiche</translation>
        </message>
        <message>
            <source>Add to Calen&amp;dar (.ics)…</source>
            <translation>Aggiungi al calen&amp;dario (.ics)…</translation>
        </message>
        <message>
            <source>Save this pair's saved meeting plan as a file.</source>
            <translation>Salva in un file il piano degli incontri salvato per questa coppia.</translation>
        </message>
        <message>
            <source>Program's rhythm (%1 days)</source>
            <translation>Ritmo del programma (%1 giorni)</translation>
        </message>
        <message>
            <source>Pair not changed</source>
            <translation>Coppia non modificata</translation>
        </message>
    </context>
    <context>
        <name>PairLife</name>
        <message>
            <source>Resumed</source>
            <translation>Ripresa</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Riaperta</translation>
        </message>
    </context>
    <context>
        <name>PairsPage</name>
        <message>
            <source>Search by member or group name…</source>
            <translation>Cerca per membro o nome del gruppo…</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Trova:</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Trova</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Qualsiasi stato</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>Sta&amp;to:</translation>
        </message>
        <message>
            <source>Needs &amp;attention</source>
            <translation>Richiede &amp;attenzione</translation>
        </message>
        <message>
            <source>Active pairs that need a check-in: no session for longer than their rhythm plus the grace period, a goal off track or past its target date, or a coordinator's check-in overdue.</source>
            <translation>Coppie attive che richiedono un check-in: nessun incontro da più tempo del loro ritmo più la tolleranza, un obiettivo non in linea o oltre la data prevista, oppure un check-in del coordinatore in ritardo.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Cancella filtri</translation>
        </message>
        <message>
            <source>Needs &amp;attention (%1)</source>
            <translation>Richiede &amp;attenzione (%1)</translation>
        </message>
        <message>
            <source>No pairs yet. Propose them on the Matching page.</source>
            <translation>Ancora nessuna coppia. Proponile nella pagina Abbinamento.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 pairs</source>
            <translation>Mostrate %1 coppie su %2</translation>
        </message>
        <message>
            <source>%n pair or group</source>
            <translation>%n coppia o gruppo</translation>
        </message>
        <message>
            <source>%n pairs and groups</source>
            <translation>%n coppie e gruppi</translation>
        </message>
    </context>
    <context>
        <name>PairsTable</name>
        <message>
            <source>Members</source>
            <translation>Membri</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <source>Days since last</source>
            <translation>Giorni dall'ultimo</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Andamento</translation>
        </message>
        <message>
            <source>{first} &amp; {last}</source>
            <translation>{first} &amp; {last}</translation>
        </message>
        <message>
            <source>(no members)</source>
            <translation>(nessun membro)</translation>
        </message>
        <message>
            <source>{name}: {members}</source>
            <translation>{name}: {members}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation>Modifica partecipante</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Aggiungi partecipante</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <source> mentee(s)</source>
            <translation> mentee</translation>
        </message>
        <message>
            <source>Separate with commas, e.g. Excel, Public speaking</source>
            <translation>Separa con virgole, ad es. Excel, Parlare in pubblico</translation>
        </message>
        <message>
            <source>e.g. English, Italian</source>
            <translation>ad es. inglese, italiano</translation>
        </message>
        <message>
            <source>e.g. Mon AM, Wed PM</source>
            <translation>ad es. lun mattina, mer pomeriggio</translation>
        </message>
        <message>
            <source>Consent to data use given on</source>
            <translation>Consenso al trattamento dei dati rilasciato il</translation>
        </message>
        <message>
            <source>Only for the coordinator; never exported or printed.</source>
            <translation>Solo per il coordinatore; mai esportate né stampate.</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Cognome:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Ruolo:</translation>
        </message>
        <message>
            <source>Ca&amp;pacity:</source>
            <translation>Ca&amp;pacità:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Stato:</translation>
        </message>
        <message>
            <source>&amp;Department:</source>
            <translation>Repar&amp;to:</translation>
        </message>
        <message>
            <source>Career le&amp;vel:</source>
            <translation>&amp;Livello di carriera:</translation>
        </message>
        <message>
            <source>Skills &amp;offered:</source>
            <translation>Competenze &amp;offerte:</translation>
        </message>
        <message>
            <source>Skills &amp;wanted:</source>
            <translation>Competenze ric&amp;hieste:</translation>
        </message>
        <message>
            <source>&amp;Interests:</source>
            <translation>&amp;Interessi:</translation>
        </message>
        <message>
            <source>Lan&amp;guages:</source>
            <translation>Lin&amp;gue:</translation>
        </message>
        <message>
            <source>Locatio&amp;n:</source>
            <translation>Loc&amp;alità:</translation>
        </message>
        <message>
            <source>&amp;Availability:</source>
            <translation>&amp;Disponibilità:</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>Consenso:</translation>
        </message>
        <message>
            <source>&amp;Bio:</source>
            <translation>&amp;Bio:</translation>
        </message>
        <message>
            <source>Private &amp;notes:</source>
            <translation>Note riser&amp;vate:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Search name, e-mail, department, skills…</source>
            <translation>Cerca nome, e-mail, reparto, competenze…</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Tutti i ruoli</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Qualsiasi stato</translation>
        </message>
        <message>
            <source>Any pairing</source>
            <translation>Con o senza coppia</translation>
        </message>
        <message>
            <source>Not in an open pair</source>
            <translation>Senza coppia aperta</translation>
        </message>
        <message>
            <source>In a pair: %1</source>
            <translation>In coppia %1</translation>
        </message>
        <message>
            <source>Any intake stage</source>
            <translation>Qualsiasi fase di selezione</translation>
        </message>
        <message>
            <source>Not ready to match yet</source>
            <translation>Non ancora pronti per l'abbinamento</translation>
        </message>
        <message>
            <source>Intake: %1</source>
            <translation>Selezione: %1</translation>
        </message>
        <message>
            <source>&amp;Add participant…</source>
            <translation>&amp;Aggiungi partecipante…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Azzera filtri</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifica…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Elimina…</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>Imposta &amp;stato</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Imposta stato</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Elimina…</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Selezione</translation>
        </message>
        <message>
            <source>No participants yet. Add the first one with “Add participant…”.</source>
            <translation>Ancora nessun partecipante. Aggiungi il primo con “Aggiungi partecipante…”.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 participants</source>
            <translation>Visualizzati %1 di %2 partecipanti</translation>
        </message>
        <message>
            <source>%n participant</source>
            <translation>%n partecipante</translation>
        </message>
        <message>
            <source>%n participants</source>
            <translation>%n partecipanti</translation>
        </message>
        <message>
            <source>Delete %1? Their pair memberships and feedback go too. You can undo this with Edit ▸ Undo.</source>
            <translation>Vuoi eliminare %1? Saranno eliminati anche la sua partecipazione alle coppie e il suo feedback. Puoi annullare con Modifica ▸ Annulla.</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Elimina %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n participants? Their pair memberships and feedback go too. You can undo this with Edit ▸ Undo.</source>
            <translation>
                <numerusform>Vuoi eliminare %n partecipante? Saranno eliminati anche la sua partecipazione alle coppie e il suo feedback. Puoi annullare con Modifica ▸ Annulla.</numerusform>
                <numerusform>Vuoi eliminare %n partecipanti? Saranno eliminati anche la loro partecipazione alle coppie e il loro feedback. Puoi annullare con Modifica ▸ Annulla.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n participants</source>
            <translation>
                <numerusform>Elimina %n partecipante</numerusform>
                <numerusform>Elimina %n partecipanti</numerusform>
            </translation>
        </message>
        <message>
            <source>Their %n open pair will be closed as “%1”.</source>
            <translation>%n coppia ancora aperta sarà chiusa con il motivo “%1”.</translation>
        </message>
        <message>
            <source>Their %n open pairs will be closed as “%1”.</source>
            <translation>Le sue %n coppie ancora aperte saranno chiuse con il motivo “%1”.</translation>
        </message>
        <message>
            <source>Delete participants</source>
            <translation>Elimina partecipanti</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTable</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Selezione</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Reparto</translation>
        </message>
        <message>
            <source>Career level</source>
            <translation>Livello di carriera</translation>
        </message>
        <message>
            <source>Skills offered</source>
            <translation>Competenze offerte</translation>
        </message>
        <message>
            <source>Skills wanted</source>
            <translation>Competenze richieste</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Lingue</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacità</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Coppie</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 dal %2</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Impostazione manuale</translation>
        </message>
        <message>
            <source>Offered to matching</source>
            <translation>Disponibile per l'abbinamento</translation>
        </message>
        <message>
            <source>Not offered: %1</source>
            <translation>Non disponibile: %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferenze</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>Come il sistema (%1)</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Lingua dell'interfaccia</translation>
        </message>
        <message>
            <source>A new language is used from the next time MentorDesk starts.</source>
            <translation>La nuova lingua sarà usata dal prossimo avvio di MentorDesk.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>New</source>
            <translation>Nuovo</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aggiornamento</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Invariato</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rifiutato</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Cosa succede</translation>
        </message>
        <message>
            <source>Why / what changes</source>
            <translation>Motivo / cosa cambia</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>Modifiche: %1</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>Program settings</source>
            <translation>Impostazioni del programma</translation>
        </message>
        <message>
            <source>Formal program (structured, with agreements and goals)</source>
            <translation>Programma formale (strutturato, con accordi e obiettivi)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source> days</source>
            <translation> giorni</translation>
        </message>
        <message>
            <source>A pair needs attention when it has not met for its rhythm plus these days.</source>
            <translation>Una coppia richiede attenzione se non si incontra per un periodo pari al suo ritmo più questi giorni.</translation>
        </message>
        <message>
            <source>Your check-ins with each pair: the first within this many days of its start, then as many as below in its first month, then one every so many days.</source>
            <translation>I tuoi check-in con ogni coppia: il primo entro questi giorni dall'avvio, poi il numero indicato nel primo mese, poi uno ogni tanti giorni quanti indicati.</translation>
        </message>
        <message>
            <source>Add level</source>
            <translation>Aggiungi livello</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Sposta su</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Sposta giù</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>with a grace of</source>
            <translation>con una tolleranza di</translation>
        </message>
        <message>
            <source>Pairs meet every:</source>
            <translation>Le coppie si incontrano ogni:</translation>
        </message>
        <message>
            <source>first within</source>
            <translation>il primo entro</translation>
        </message>
        <message>
            <source>of the start,</source>
            <translation>dall'avvio,</translation>
        </message>
        <message>
            <source>in the first month, then every</source>
            <translation>nel primo mese, poi ogni</translation>
        </message>
        <message>
            <source>Your &amp;check-ins:</source>
            <translation>I tuoi &amp;check-in:</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>&amp;Obiettivi:</translation>
        </message>
        <message>
            <source>&amp;Guidelines:</source>
            <translation>&amp;Linee guida:</translation>
        </message>
        <message>
            <source>Career &amp;levels
(lowest first):</source>
            <translation>Li&amp;velli di carriera
(dal più basso):</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Generale</translation>
        </message>
        <message>
            <source>&amp;Intake</source>
            <translation>&amp;Selezione</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>New level</source>
            <translation>Nuovo livello</translation>
        </message>
    </context>
    <context>
        <name>ProgramView</name>
        <message>
            <source>Overview</source>
            <translation>Panoramica</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Abbinamento</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Coppie</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Risorse</translation>
        </message>
        <message>
            <source>Read-only: this program is open in another MentorDesk window, so nothing can be changed here. Close it there to edit it here.</source>
            <translation>Sola lettura: questo programma è aperto in un'altra finestra di MentorDesk, quindi qui non si può modificare nulla. Chiudilo lì per modificarlo qui.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>QuestionsDialog</name>
        <message>
            <source>Edit Questions</source>
            <translation>Modifica domande</translation>
        </message>
        <message>
            <source>The questions of every feedback round. Answers already given keep their values; a removed question is no longer asked.</source>
            <translation>Le domande di ogni rilevazione. Le risposte già date mantengono i loro valori; una domanda rimossa non viene più posta.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <source>Who is asked</source>
            <translation>Chi risponde</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Risposta</translation>
        </message>
        <message>
            <source>&amp;Add Question</source>
            <translation>&amp;Aggiungi domanda</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Rimuovi</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Sposta &amp;su</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Sposta &amp;giù</translation>
        </message>
        <message>
            <source>&amp;Built-in Questions</source>
            <translation>Domande &amp;predefinite</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Domanda %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Match rate</source>
            <translation>Tasso di abbinamento</translation>
        </message>
        <message>
            <source>%1 of %2 matched</source>
            <translation>%1 su %2 abbinati</translation>
        </message>
        <message>
            <source>Active pairs</source>
            <translation>Coppie attive</translation>
        </message>
        <message>
            <source>Sessions this month</source>
            <translation>Incontri questo mese</translation>
        </message>
        <message>
            <source>Median days since the last session</source>
            <translation>Giorni mediani dall'ultimo incontro</translation>
        </message>
        <message>
            <source>over the active pairs</source>
            <translation>sulle coppie attive</translation>
        </message>
        <message>
            <source>Goals completed</source>
            <translation>Obiettivi completati</translation>
        </message>
        <message>
            <source>%1 of %2 goals</source>
            <translation>%1 su %2 obiettivi</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>Soddisfazione media</translation>
        </message>
        <message>
            <source>%n answers</source>
            <translation>Risposte: %n</translation>
        </message>
        <message>
            <source>Net Promoter Score</source>
            <translation>Net Promoter Score</translation>
        </message>
        <message>
            <source>Pairs closed</source>
            <translation>Coppie chiuse</translation>
        </message>
        <message>
            <source>Program report</source>
            <translation>Relazione sul programma</translation>
        </message>
        <message>
            <source>Runs from %1 to %2.</source>
            <translation>Si svolge dal %1 al %2.</translation>
        </message>
        <message>
            <source>The program</source>
            <translation>Il programma</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>In sintesi</translation>
        </message>
        <message>
            <source>Pairs needing attention</source>
            <translation>Coppie che richiedono attenzione</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Coppia</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Every active pair is on track.</source>
            <translation>Tutte le coppie attive procedono bene.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completato</translation>
        </message>
        <message>
            <source>No goal was completed in this period.</source>
            <translation>Nessun obiettivo completato in questo periodo.</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>Con le loro parole</translation>
        </message>
        <message>
            <source>No feedback comments in this period.</source>
            <translation>Nessun commento nel feedback di questo periodo.</translation>
        </message>
        <message>
            <source>Written by MentorDesk on %1. Quotes are anonymised; private and confidential notes are never included.</source>
            <translation>Generata da MentorDesk il %1. Le citazioni sono anonime; le note riservate, sui partecipanti e sugli incontri, non sono mai incluse.</translation>
        </message>
    </context>
    <context>
        <name>ResourceDialog</name>
        <message>
            <source>Edit resource</source>
            <translation>Modifica risorsa</translation>
        </message>
        <message>
            <source>Add resource</source>
            <translation>Aggiungi risorsa</translation>
        </message>
        <message>
            <source>e.g. Preparing a ten-minute talk</source>
            <translation>ad es. Preparare un intervento di dieci minuti</translation>
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation>https://… (facoltativo)</translation>
        </message>
        <message>
            <source>Choose &amp;File…</source>
            <translation>Scegli &amp;file…</translation>
        </message>
        <message>
            <source>Re&amp;move File</source>
            <translation>Rimuo&amp;vi file</translation>
        </message>
        <message>
            <source>Skills it helps with, separated by commas</source>
            <translation>Competenze per cui è utile, separate da virgole</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titolo:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ipo:</translation>
        </message>
        <message>
            <source>&amp;Link:</source>
            <translation>&amp;Link:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Competenze:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descrizione:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Add Resource</source>
            <translation>Aggiungi risorsa</translation>
        </message>
        <message>
            <source>Copy a file into the program</source>
            <translation>Copia un file nel programma</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>No file copied in</source>
            <translation>Nessun file copiato</translation>
        </message>
        <message>
            <source>Mentees want: %1</source>
            <translation>Cercate dai mentee: %1</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Find by title or skill…</source>
            <translation>Cerca per titolo o competenza…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Helps with</source>
            <translation>Utile per</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>Link o file</translation>
        </message>
        <message>
            <source>&amp;Add Resource…</source>
            <translation>&amp;Aggiungi risorsa…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifica…</translation>
        </message>
        <message>
            <source>&amp;Open Link</source>
            <translation>Apri &amp;link</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <source>Resource library</source>
            <translation>Biblioteca delle risorse</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Destinatari</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Presenti</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Materiale</translation>
        </message>
        <message>
            <source>Add &amp;Workshop…</source>
            <translation>Aggiungi &amp;workshop…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Mod&amp;ifica…</translation>
        </message>
        <message>
            <source>Atte&amp;ndance…</source>
            <translation>&amp;Presenze…</translation>
        </message>
        <message>
            <source>Import &amp;Sign-In Sheet…</source>
            <translation>Importa &amp;foglio firme…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>Elimi&amp;na</translation>
        </message>
        <message>
            <source>Workshops and trainings</source>
            <translation>Workshop e formazione</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (obbligatorio)</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation>in programma</translation>
        </message>
        <message>
            <source>%n resource</source>
            <translation>%n risorsa</translation>
        </message>
        <message>
            <source>%n resources</source>
            <translation>%n risorse</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 di %2</translation>
        </message>
        <message>
            <source>Save &amp;File…</source>
            <translation>&amp;Salva file…</translation>
        </message>
        <message>
            <source>Delete “%1” from the library? Edit ▸ Undo brings it back.</source>
            <translation>Vuoi eliminare “%1” dalla biblioteca? Puoi recuperarla con Modifica ▸ Annulla.</translation>
        </message>
        <message>
            <source>Delete resource</source>
            <translation>Elimina risorsa</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Delete “%1” and its attendance? Edit ▸ Undo brings it back.</source>
            <translation>Vuoi eliminare “%1” e le relative presenze? Puoi recuperarli con Modifica ▸ Annulla.</translation>
        </message>
        <message>
            <source>Delete workshop</source>
            <translation>Elimina workshop</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Modifica non salvata</translation>
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <source>&amp;Import Roster…</source>
            <translation>&amp;Importa elenco dei partecipanti…</translation>
        </message>
        <message>
            <source>&amp;Export Workbook…</source>
            <translation>Esporta cartella di la&amp;voro…</translation>
        </message>
        <message>
            <source>Export Sign-up &amp;Template…</source>
            <translation>Esporta &amp;modulo di iscrizione…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importazione di %1…</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nulla è stato importato</translation>
        </message>
        <message>
            <source>Imported %1: %2</source>
            <translation>Importazione di %1 completata: %2</translation>
        </message>
        <message>
            <source>Export workbook</source>
            <translation>Esporta cartella di lavoro</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Esportazione…</translation>
        </message>
        <message>
            <source>Workbook not exported</source>
            <translation>Cartella di lavoro non esportata</translation>
        </message>
        <message>
            <source>Exported to %1: %2</source>
            <translation>Esportato in %1: %2</translation>
        </message>
        <message>
            <source>Export sign-up template</source>
            <translation>Esporta modulo di iscrizione</translation>
        </message>
        <message>
            <source>Template not exported</source>
            <translation>Modulo non esportato</translation>
        </message>
        <message>
            <source>Sign-up template saved to %1</source>
            <translation>Modulo di iscrizione salvato in %1</translation>
        </message>
        <message>
            <source>The workbook holds participants, pairs, goals, sessions and feedback. Private notes and confidential session notes are left out.</source>
            <translation>La cartella di lavoro contiene partecipanti, coppie, obiettivi, incontri e feedback. Le note riservate, sui partecipanti e sugli incontri, sono escluse.</translation>
        </message>
        <message>
            <source>Include &amp;confidential notes (only for people allowed to read them)</source>
            <translation>Includi le note &amp;riservate (solo per chi è autorizzato a leggerle)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <source>Show more (%1 of %2 shown)</source>
            <translation>Mostra altro (%1 di %2 visualizzati)</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Edit session</source>
            <translation>Modifica incontro</translation>
        </message>
        <message>
            <source>Log session</source>
            <translation>Registra incontro</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Separate with commas, e.g. Feedback, Next role</source>
            <translation>Separa con virgole, ad es. Feedback, Prossimo ruolo</translation>
        </message>
        <message>
            <source>Confidential: shown only after a click</source>
            <translation>Riservato: visibile solo dopo un clic</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urata:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Stato:</translation>
        </message>
        <message>
            <source>&amp;Attended:</source>
            <translation>&amp;Presenti:</translation>
        </message>
        <message>
            <source>&amp;Topics:</source>
            <translation>&amp;Argomenti:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <source>Add F&amp;ollow-up</source>
            <translation>Aggiungi f&amp;ollow-up</translation>
        </message>
        <message>
            <source>&amp;Remove Follow-up</source>
            <translation>&amp;Rimuovi follow-up</translation>
        </message>
        <message>
            <source>Follow-&amp;ups (they become action steps):</source>
            <translation>Follo&amp;w-up (diventano passi):</translation>
        </message>
        <message>
            <source>Add a goal first: follow-ups become steps of a goal.</source>
            <translation>Aggiungi prima un obiettivo: i follow-up diventano passi di un obiettivo.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Log Session</source>
            <translation>Registra incontro</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Prossimo incontro</translation>
        </message>
        <message>
            <source>Tick who came, or mark the session missed.</source>
            <translation>Spunta chi era presente o segna l'incontro come saltato.</translation>
        </message>
        <message>
            <source>Follow-up %1: %2</source>
            <translation>Follow-up %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SessionsSection</name>
        <message>
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durata</translation>
        </message>
        <message>
            <source>Topics and notes</source>
            <translation>Argomenti e note</translation>
        </message>
        <message>
            <source>Log Session…</source>
            <translation>Registra incontro…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Show Notes</source>
            <translation>Mostra note</translation>
        </message>
        <message>
            <source>Show the notes marked confidential</source>
            <translation>Mostra le note contrassegnate come riservate</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>No sessions logged yet.</source>
            <translation>Ancora nessun incontro registrato.</translation>
        </message>
        <message>
            <source>The latest %1 of %2 sessions</source>
            <translation>Gli ultimi %1 di %2 incontri</translation>
        </message>
        <message>
            <source>%n session</source>
            <translation>%n incontro</translation>
        </message>
        <message>
            <source>%n sessions</source>
            <translation>%n incontri</translation>
        </message>
        <message>
            <source>Hide Notes</source>
            <translation>Nascondi note</translation>
        </message>
        <message>
            <source>[Confidential notes hidden]</source>
            <translation>[Note riservate nascoste]</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>MentorDesk</source>
            <translation>MentorDesk</translation>
        </message>
        <message>
            <source>Run your mentoring program from one file on this computer: participants, matching, pairs, goals and sessions. Every change is saved as you make it.</source>
            <translation>Gestisci il tuo programma di mentoring da un unico file su questo computer: partecipanti, abbinamenti, coppie, obiettivi e incontri. Ogni modifica viene salvata man mano che la fai.</translation>
        </message>
        <message>
            <source>&amp;New program…</source>
            <translation>&amp;Nuovo programma…</translation>
        </message>
        <message>
            <source>&amp;Open a program…</source>
            <translation>&amp;Apri un programma…</translation>
        </message>
        <message>
            <source>&amp;Try the demo program</source>
            <translation>&amp;Prova il programma demo</translation>
        </message>
        <message>
            <source>Recent programs</source>
            <translation>Programmi recenti</translation>
        </message>
    </context>
    <context>
        <name>StatusChangeDialog</name>
        <message>
            <source>Start %1</source>
            <translation>Avvia %1</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Avvia</translation>
        </message>
        <message>
            <source>Started &amp;on:</source>
            <translation>Data di &amp;avvio:</translation>
        </message>
        <message>
            <source>The day &lt;b&gt;%1&lt;/b&gt; started: usually their first meeting.</source>
            <translation>Il giorno di avvio di &lt;b&gt;%1&lt;/b&gt;: di solito il primo incontro.</translation>
        </message>
        <message>
            <source>e.g. Kick-off at the program launch</source>
            <translation>ad es. Incontro iniziale al lancio del programma</translation>
        </message>
        <message>
            <source>Pause %1</source>
            <translation>Metti in pausa %1</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Metti in pausa</translation>
        </message>
        <message>
            <source>Paused &amp;on:</source>
            <translation>Data della &amp;pausa:</translation>
        </message>
        <message>
            <source>From which day &lt;b&gt;%1&lt;/b&gt; pause their meetings, and why.</source>
            <translation>Da che giorno &lt;b&gt;%1&lt;/b&gt; sospendono gli incontri, e perché.</translation>
        </message>
        <message>
            <source>e.g. Exams until the end of February</source>
            <translation>ad es. Esami fino a fine febbraio</translation>
        </message>
        <message>
            <source>Resume %1</source>
            <translation>Riprendi %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Riprendi</translation>
        </message>
        <message>
            <source>Resumed &amp;on:</source>
            <translation>Data della &amp;ripresa:</translation>
        </message>
        <message>
            <source>The day &lt;b&gt;%1&lt;/b&gt; took up their meetings again.</source>
            <translation>Il giorno in cui &lt;b&gt;%1&lt;/b&gt; hanno ripreso gli incontri.</translation>
        </message>
        <message>
            <source>e.g. Back after the exams</source>
            <translation>ad es. Rientro dopo gli esami</translation>
        </message>
        <message>
            <source>Reopen %1</source>
            <translation>Riapri %1</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Riapri</translation>
        </message>
        <message>
            <source>Reopened &amp;on:</source>
            <translation>Data di &amp;riapertura:</translation>
        </message>
        <message>
            <source>The day &lt;b&gt;%1&lt;/b&gt; became active again. The closure stays in the pair's life.</source>
            <translation>Il giorno in cui &lt;b&gt;%1&lt;/b&gt; sono tornati attivi. La chiusura resta nella storia della coppia.</translation>
        </message>
        <message>
            <source>e.g. The mentee asked for three more months</source>
            <translation>ad es. Il mentee ha chiesto altri tre mesi</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Nota (facoltativa):</translation>
        </message>
    </context>
    <context>
        <name>SuggestedResources</name>
        <message>
            <source>Suggested resources</source>
            <translation>Risorse suggerite</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>%1 · for %2</source>
            <translation>%1 · per %2</translation>
        </message>
        <message>
            <source>No resource in the library helps with what the mentees want yet.</source>
            <translation>Nessuna risorsa della biblioteca è ancora utile per ciò che cercano i mentee.</translation>
        </message>
        <message>
            <source>%1 more on the Resources page.</source>
            <translation>Altre %1 nella pagina Risorse.</translation>
        </message>
        <message>
            <source>Save File…</source>
            <translation>Salva file…</translation>
        </message>
    </context>
    <context>
        <name>SurveyPreviewModel</name>
        <message>
            <source>New</source>
            <translation>Nuovo</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Saltato</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rifiutato</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Cosa succede</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Rilevazione</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commento</translation>
        </message>
    </context>
    <context>
        <name>TickDialog</name>
        <message>
            <source>Tick “%1”</source>
            <translation>Spunta “%1”</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>il tuo nome</translation>
        </message>
        <message>
            <source>%n participant</source>
            <translation>%n partecipante</translation>
        </message>
        <message>
            <source>%n participants</source>
            <translation>%n partecipanti</translation>
        </message>
        <message>
            <source>Tick “%1” for %2.</source>
            <translation>Spunta “%1” per %2.</translation>
        </message>
        <message>
            <source>&amp;Done on:</source>
            <translation>&amp;Fatto il:</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Verificato &amp;da:</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Spunta</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message>
            <source>Nothing needs your attention today. Every active pair has met recently, no action step is due this week, no check-in is due and no proposal is waiting.</source>
            <translation>Nulla richiede la tua attenzione oggi. Tutte le coppie attive si sono incontrate di recente, nessun passo scade questa settimana, nessun check-in è previsto e nessuna proposta è in attesa.</translation>
        </message>
        <message>
            <source>This program is open read-only.</source>
            <translation>Questo programma è aperto in sola lettura.</translation>
        </message>
        <message>
            <source>%n thing needs you</source>
            <translation>%n cosa richiede la tua attenzione</translation>
        </message>
        <message>
            <source>%n things need you</source>
            <translation>%n cose richiedono la tua attenzione</translation>
        </message>
        <message>
            <source>%1, %2 of them overdue.</source>
            <translation>%1, di cui %2 in ritardo.</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>The most urgent come first.</source>
            <translation>Le più urgenti sono in cima.</translation>
        </message>
        <message>
            <source>Log check-in…</source>
            <translation>Registra check-in…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Segna come fatto</translation>
        </message>
        <message>
            <source>Open the board</source>
            <translation>Apri la bacheca</translation>
        </message>
        <message>
            <source>Intake…</source>
            <translation>Selezione…</translation>
        </message>
        <message>
            <source>Open pair</source>
            <translation>Apri coppia</translation>
        </message>
        <message>
            <source>Program settings…</source>
            <translation>Impostazioni del programma…</translation>
        </message>
        <message>
            <source>Step not marked done</source>
            <translation>Passo non segnato come fatto</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Edit workshop or training</source>
            <translation>Modifica workshop o formazione</translation>
        </message>
        <message>
            <source>Add workshop</source>
            <translation>Aggiungi workshop</translation>
        </message>
        <message>
            <source>e.g. Giving and receiving feedback</source>
            <translation>ad es. Dare e ricevere feedback</translation>
        </message>
        <message>
            <source>Expected of everyone in its audience</source>
            <translation>Previsto per tutti i destinatari</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titolo:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ipo:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>Destinata&amp;ri:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>Re&amp;quired:</source>
            <translation>&amp;Obbligatorio:</translation>
        </message>
        <message>
            <source>&amp;Material:</source>
            <translation>&amp;Materiale:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
    </context>
    <context>
        <name>_Section</name>
        <message>
            <source>Not saved</source>
            <translation>Modifica non salvata</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The disk is full</source>
            <translation>Il disco è pieno</translation>
        </message>
        <message>
            <source>The disk is full, so the last change was not saved; nothing else was changed and every earlier change is safe. Free some disk space, then make the change again.</source>
            <translation>Il disco è pieno, quindi l'ultima modifica non è stata salvata; nient'altro è cambiato e tutte le modifiche precedenti sono al sicuro. Libera un po' di spazio su disco, poi ripeti la modifica.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Qualcosa è andato storto</translation>
        </message>
        <message>
            <source>MentorDesk ran into a problem it did not expect. Your program file is safe: every change made before this moment was saved.

If it happens again, please send this file to whoever supports you:
%1</source>
            <translation>MentorDesk ha incontrato un problema imprevisto. Il file del programma è al sicuro: ogni modifica fatta prima di questo momento è stata salvata.

Se succede di nuovo, invia questo file a chi ti fornisce assistenza:
%1</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>Cannot open program</source>
            <translation>Impossibile aprire il programma</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Apri in sola lettura</translation>
        </message>
        <message>
            <source>%1

Backups of this program that can be restored: %2, the newest from %3.</source>
            <translation>%1

Copie di sicurezza ripristinabili di questo programma: %2, la più recente del %3.</translation>
        </message>
        <message>
            <source>Restore from Backup…</source>
            <translation>Ripristina da copia di sicurezza…</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Nessuna copia di sicurezza</translation>
        </message>
        <message>
            <source>There is no backup of “%1” that can be restored yet.</source>
            <translation>Non c'è ancora nessuna copia di sicurezza di “%1” da ripristinare.</translation>
        </message>
        <message>
            <source>Replace the program in “%1” with the backup taken on %2 (%3 participants, %4 pairs, %5 sessions)? The program as it is now is kept as another backup.</source>
            <translation>Vuoi sostituire il programma in “%1” con la copia di sicurezza del %2 (%3 partecipanti, %4 coppie, %5 incontri)? Il programma nello stato attuale viene conservato come ulteriore copia di sicurezza.</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>Ripristina da copia di sicurezza</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Copia di sicurezza non ripristinata</translation>
        </message>
    </context>
    <context>
        <name>certificate</name>
        <message>
            <source>mentoring a colleague</source>
            <translation>aver seguito come mentor un collega</translation>
        </message>
        <message>
            <source>mentoring %n colleagues</source>
            <translation>aver seguito come mentor %n colleghi</translation>
        </message>
        <message>
            <source>%n session</source>
            <translation>%n incontro</translation>
        </message>
        <message>
            <source>%n sessions</source>
            <translation>%n incontri</translation>
        </message>
        <message>
            <source>for %1 in %2,
%3 and %4 of mentoring from %5 to %6.</source>
            <translation>per %1 in %2,
con %3 e %4 di mentoring dal %5 al %6.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Certificate of recognition</source>
            <translation>Attestato di riconoscimento</translation>
        </message>
        <message>
            <source>This certificate is presented to</source>
            <translation>Questo attestato è conferito a</translation>
        </message>
        <message>
            <source>Thank you for the time, care and experience you gave.</source>
            <translation>Grazie per il tempo, la cura e l'esperienza che hai donato.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Program coordinator</source>
            <translation>Coordinatore del programma</translation>
        </message>
        <message>
            <source>SESSION</source>
            <translation>INCONTRO</translation>
        </message>
        <message>
            <source>SESSIONS</source>
            <translation>INCONTRI</translation>
        </message>
        <message>
            <source>Certificate of recognition: %1</source>
            <translation>Attestato di riconoscimento: %1</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>Add {name}</source>
            <translation>Aggiungi {name}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Modifica {name}</translation>
        </message>
        <message>
            <source>Set status of %n participant to {status}</source>
            <translation>Imposta lo stato di %n partecipante su «{status}»</translation>
        </message>
        <message>
            <source>Set status of %n participants to {status}</source>
            <translation>Imposta lo stato di %n partecipanti su «{status}»</translation>
        </message>
        <message>
            <source>Edit program settings</source>
            <translation>Modifica impostazioni del programma</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Importa {file}</translation>
        </message>
        <message>
            <source>Change matching settings</source>
            <translation>Modifica impostazioni di abbinamento</translation>
        </message>
        <message>
            <source>Never pair two people</source>
            <translation>Non abbinare mai due persone</translation>
        </message>
        <message>
            <source>Allow two people to be paired</source>
            <translation>Consenti l'abbinamento di due persone</translation>
        </message>
        <message>
            <source>Mark a preferred partner</source>
            <translation>Indica un partner preferito</translation>
        </message>
        <message>
            <source>Remove a preferred partner</source>
            <translation>Rimuovi un partner preferito</translation>
        </message>
    </context>
    <context>
        <name>feedback_commands</name>
        <message>
            <source>Add answers</source>
            <translation>Aggiungi risposte</translation>
        </message>
        <message>
            <source>Edit answers</source>
            <translation>Modifica risposte</translation>
        </message>
        <message>
            <source>Delete answers</source>
            <translation>Elimina risposte</translation>
        </message>
        <message>
            <source>Import survey answers</source>
            <translation>Importa risposte al questionario</translation>
        </message>
        <message>
            <source>Edit questions</source>
            <translation>Modifica domande</translation>
        </message>
    </context>
    <context>
        <name>goal_commands</name>
        <message>
            <source>Add goal</source>
            <translation>Aggiungi obiettivo</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Elimina obiettivo</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Modifica obiettivo</translation>
        </message>
        <message>
            <source>Complete goal</source>
            <translation>Completa obiettivo</translation>
        </message>
        <message>
            <source>Change goal status</source>
            <translation>Cambia stato dell'obiettivo</translation>
        </message>
        <message>
            <source>Mark step done</source>
            <translation>Segna passo come fatto</translation>
        </message>
        <message>
            <source>Mark step not done</source>
            <translation>Segna passo come non fatto</translation>
        </message>
        <message>
            <source>Log session</source>
            <translation>Registra incontro</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Modifica incontro</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Elimina incontro</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <source>{problem} (see '{prog} --help').</source>
            <translation>{problem} (vedi '{prog} --help').</translation>
        </message>
        <message>
            <source>“{name}” is open in MentorDesk, so this command cannot change it; close it there, then run the command again.</source>
            <translation>“{name}” è aperto in MentorDesk, quindi questo comando non può modificarlo; chiudilo lì ed esegui di nuovo il comando.</translation>
        </message>
        <message>
            <source>Interrupted; no file was changed.</source>
            <translation>Interrotto; nessun file è stato modificato.</translation>
        </message>
        <message>
            <source>MentorDesk without a window.</source>
            <translation>MentorDesk senza finestra.</translation>
        </message>
        <message>
            <source>create an empty program file</source>
            <translation>crea un file del programma vuoto</translation>
        </message>
        <message>
            <source>Create an empty program file. Refuses to replace an existing file without --force.</source>
            <translation>Crea un file del programma vuoto. Non sostituisce un file esistente senza --force.</translation>
        </message>
        <message>
            <source>the file to create</source>
            <translation>il file da creare</translation>
        </message>
        <message>
            <source>the program's name (default: the file name)</source>
            <translation>il nome del programma (predefinito: il nome del file)</translation>
        </message>
        <message>
            <source>how participants meet (default: one_to_one)</source>
            <translation>come si incontrano i partecipanti (predefinito: one_to_one)</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>sostituisce FILE se esiste già</translation>
        </message>
        <message>
            <source>write the demo program to a file</source>
            <translation>scrive il programma dimostrativo in un file</translation>
        </message>
        <message>
            <source>Write the demo program to a file. Refuses to replace an existing file without --force.</source>
            <translation>Scrive il programma dimostrativo in un file. Non sostituisce un file esistente senza --force.</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>il file da scrivere</translation>
        </message>
        <message>
            <source>replace OUT if it exists</source>
            <translation>sostituisce OUT se esiste già</translation>
        </message>
        <message>
            <source>the day the demo's dates are relative to (default: today)</source>
            <translation>il giorno a cui si riferiscono le date della demo (predefinito: oggi)</translation>
        </message>
        <message>
            <source>the demo's language: en (English, the default), it (Italian) or bg (Bulgarian)</source>
            <translation>la lingua della demo: en (inglese, predefinita), it (italiano) o bg (bulgaro)</translation>
        </message>
        <message>
            <source>check a program file without changing it</source>
            <translation>controlla un file del programma senza modificarlo</translation>
        </message>
        <message>
            <source>Print the file's schema version, program name and rows per table, and run SQLite's integrity check. Exit status 0: sound; 1: damaged; 2: not checked.</source>
            <translation>Mostra la versione dello schema del file, il nome del programma e le righe di ogni tabella, ed esegue il controllo di integrità di SQLite. Codice di uscita 0: integro; 1: danneggiato; 2: non controllato.</translation>
        </message>
        <message>
            <source>the program file</source>
            <translation>il file del programma</translation>
        </message>
        <message>
            <source>the program name cannot be empty</source>
            <translation>il nome del programma non può essere vuoto</translation>
        </message>
        <message>
            <source>“{value}” is not a program format; use one of {choices}</source>
            <translation>“{value}” non è un formato di programma; usa uno tra {choices}</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write it as YYYY-MM-DD, like 2025-03-01</source>
            <translation>“{value}” non è una data; scrivila come AAAA-MM-GG, ad esempio 2025-03-01</translation>
        </message>
        <message>
            <source>Replaced {path} with an empty program “{name}” ({format}).</source>
            <translation>{path} sostituito con un programma vuoto “{name}” ({format}).</translation>
        </message>
        <message>
            <source>Created {path}: an empty program “{name}” ({format}).</source>
            <translation>Creato {path}: un programma vuoto “{name}” ({format}).</translation>
        </message>
        <message>
            <source>Wrote the demo program to {path} (participants: {participants}, pairs: {pairs}, sessions: {sessions}, goals: {goals}).</source>
            <translation>Programma dimostrativo scritto in {path} (partecipanti: {participants}, coppie: {pairs}, incontri: {sessions}, obiettivi: {goals}).</translation>
        </message>
        <message>
            <source>“{name}” could not be read to the end ({reason}); it may be damaged. Restore a backup copy.</source>
            <translation>Non è stato possibile leggere “{name}” fino alla fine ({reason}); potrebbe essere danneggiato. Ripristina una copia di sicurezza.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({reason}).</source>
            <translation>Non è stato possibile leggere “{name}” ({reason}).</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>File: {path}</translation>
        </message>
        <message>
            <source>Schema version: {version} (this MentorDesk writes {mine})</source>
            <translation>Versione dello schema: {version} (questo MentorDesk scrive la {mine})</translation>
        </message>
        <message>
            <source>Program: {name}</source>
            <translation>Programma: {name}</translation>
        </message>
        <message>
            <source>(missing or unreadable)</source>
            <translation>(mancante o illeggibile)</translation>
        </message>
        <message>
            <source>Rows per table:</source>
            <translation>Righe per tabella:</translation>
        </message>
        <message>
            <source>the program settings are missing or unreadable</source>
            <translation>le impostazioni del programma mancano o sono illeggibili</translation>
        </message>
        <message>
            <source>Integrity check: problems found ({n})</source>
            <translation>Controllo di integrità: problemi trovati ({n})</translation>
        </message>
        <message>
            <source>Integrity check: ok</source>
            <translation>Controllo di integrità: ok</translation>
        </message>
        <message>
            <source>“{name}” is damaged; restore a backup copy.</source>
            <translation>“{name}” è danneggiato; ripristina una copia di sicurezza.</translation>
        </message>
        <message>
            <source>There is no folder {folder}; create it first or choose another place.</source>
            <translation>La cartella {folder} non esiste; creala prima o scegli un altro percorso.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the name of the file to write.</source>
            <translation>{path} è una cartella; indica il nome del file da scrivere.</translation>
        </message>
        <message>
            <source>{path} already exists and was not changed; add --force to replace it.</source>
            <translation>{path} esiste già e non è stato modificato; aggiungi --force per sostituirlo.</translation>
        </message>
        <message>
            <source>MentorDesk cannot write in {folder}; choose a folder you can write to.</source>
            <translation>MentorDesk non può scrivere in {folder}; scegli una cartella in cui hai i permessi di scrittura.</translation>
        </message>
        <message>
            <source>the existing file was not changed</source>
            <translation>il file esistente non è stato modificato</translation>
        </message>
        <message>
            <source>no file was created</source>
            <translation>nessun file è stato creato</translation>
        </message>
        <message>
            <source>{path} is open in MentorDesk; close it there, then run the command again.</source>
            <translation>{path} è aperto in MentorDesk; chiudilo lì ed esegui di nuovo il comando.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}), so {unchanged}; free some disk space or choose a folder you can write to.</source>
            <translation>Impossibile scrivere {path} ({reason}), quindi {unchanged}; libera spazio su disco o scegli una cartella in cui hai i permessi di scrittura.</translation>
        </message>
        <message>
            <source>{path} could not be written, so {unchanged}: {problem}</source>
            <translation>Impossibile scrivere {path}, quindi {unchanged}: {problem}</translation>
        </message>
        <message>
            <source>write the pairs' meeting plans to an .ics calendar file</source>
            <translation>scrive i piani degli incontri delle coppie in un file di calendario .ics</translation>
        </message>
        <message>
            <source>Write the recurring meeting plan of every active pair (or of one pair) to an .ics file that Outlook, Google Calendar and Thunderbird open. Importing a newer file again updates the same events. Only names and the plan are written, never notes.</source>
            <translation>Scrive il piano degli incontri ricorrenti di ogni coppia attiva (o di una sola coppia) in un file .ics che Outlook, Google Calendar e Thunderbird sanno aprire. Importando di nuovo un file più recente si aggiornano gli stessi eventi. Vengono scritti solo i nomi e il piano, mai le note.</translation>
        </message>
        <message>
            <source>only this pair (default: every active pair)</source>
            <translation>solo questa coppia (predefinito: ogni coppia attiva)</translation>
        </message>
        <message>
            <source>There is no pair {id} in “{name}”.</source>
            <translation>Non c'è nessuna coppia {id} in “{name}”.</translation>
        </message>
        <message>
            <source>Wrote the meeting plan of pair {id} to {path}.</source>
            <translation>Piano degli incontri della coppia {id} scritto in {path}.</translation>
        </message>
        <message>
            <source>Wrote the meeting plans of {n} pairs to {path}.</source>
            <translation>Piani degli incontri di {n} coppie scritti in {path}.</translation>
        </message>
        <message>
            <source>propose pairs or groups with the best total compatibility</source>
            <translation>propone coppie o gruppi con la migliore compatibilità complessiva</translation>
        </message>
        <message>
            <source>Propose mentor–mentee pairs, peer pairs or peer groups for everyone not yet in a pair, print them with their scores, the total and who is left out and why. Nothing is written unless --apply is given; then the proposals are stored as proposed pairs for the coordinator to confirm.</source>
            <translation>Propone coppie mentor–mentee, coppie o gruppi tra pari per chiunque non sia ancora in coppia, e li mostra con i punteggi, il totale e chi resta escluso e perché. Non viene scritto nulla se non si indica --apply; in quel caso le proposte vengono salvate come coppie proposte, che il coordinatore dovrà confermare.</translation>
        </message>
        <message>
            <source>default: from the program's format</source>
            <translation>predefinito: dal formato del programma</translation>
        </message>
        <message>
            <source>people per group (3–6); default: the program's matching settings</source>
            <translation>persone per gruppo (3–6); predefinito: le impostazioni di abbinamento del programma</translation>
        </message>
        <message>
            <source>store the proposals</source>
            <translation>salva le proposte</translation>
        </message>
        <message>
            <source>write every combination's score</source>
            <translation>scrive il punteggio di ogni combinazione</translation>
        </message>
        <message>
            <source>A group has 3 to 6 people; --group-size {n} is not possible.</source>
            <translation>Un gruppo ha da 3 a 6 persone; --group-size {n} non è possibile.</translation>
        </message>
        <message>
            <source>No backup was made: {problem}</source>
            <translation>Nessuna copia di sicurezza creata: {problem}</translation>
        </message>
        <message>
            <source>There is nobody to match: the program needs mentors with places left and mentees without a mentor.</source>
            <translation>Non c'è nessuno da abbinare: il programma ha bisogno di mentor con posti liberi e di mentee senza mentor.</translation>
        </message>
        <message>
            <source>Total score: {total:.0f} for {n} pairs.</source>
            <translation>Punteggio totale: {total:.0f} per {n} coppie.</translation>
        </message>
        <message>
            <source>Unmatched: {name}: {why}</source>
            <translation>Non abbinato: {name}: {why}</translation>
        </message>
        <message>
            <source>There is nobody to match: fewer than two people are not in a pair or group yet.</source>
            <translation>Non c'è nessuno da abbinare: meno di due persone non sono ancora in una coppia o in un gruppo.</translation>
        </message>
        <message>
            <source>an odd one out, or nobody eligible left</source>
            <translation>numero dispari, oppure nessuno rimasto idoneo</translation>
        </message>
        <message>
            <source>Stored {n} proposals in {db}; confirm them in MentorDesk.</source>
            <translation>{n} proposte salvate in {db}; confermale in MentorDesk.</translation>
        </message>
        <message>
            <source>Group {n}</source>
            <translation>Gruppo {n}</translation>
        </message>
        <message>
            <source>every eligible mentor's places went to mentees who fit them better</source>
            <translation>i posti di ogni mentor idoneo sono andati a mentee più adatti</translation>
        </message>
        <message>
            <source>no eligible mentor ({reason})</source>
            <translation>nessun mentor idoneo ({reason})</translation>
        </message>
        <message>
            <source>write the program report as a PDF</source>
            <translation>scrive la relazione sul programma in PDF</translation>
        </message>
        <message>
            <source>Write the program report as a PDF, ready to hand to a board: the program summary, the dashboard's figures and charts, the pairs needing attention, the goals completed and anonymised quotes from feedback. Private and confidential notes are never included.</source>
            <translation>Scrive la relazione sul programma in PDF, pronta da consegnare a un consiglio direttivo: il riepilogo del programma, i dati e i grafici della dashboard, le coppie che richiedono attenzione, gli obiettivi completati e citazioni anonime dal feedback. Le note riservate e confidenziali non vengono mai incluse.</translation>
        </message>
        <message>
            <source>only what happened on or after this day (default: from the start)</source>
            <translation>solo ciò che è accaduto in questo giorno o dopo (predefinito: dall'inizio)</translation>
        </message>
        <message>
            <source>only what happened on or before this day (default: up to today)</source>
            <translation>solo ciò che è accaduto in questo giorno o prima (predefinito: fino a oggi)</translation>
        </message>
        <message>
            <source>The period ends before it starts; check --from and --to.</source>
            <translation>Il periodo finisce prima di iniziare; controlla --from e --to.</translation>
        </message>
        <message>
            <source>The report is a PDF: give a file name ending in .pdf, not “{name}”.</source>
            <translation>La relazione è un PDF: indica un nome di file che termina con .pdf, non “{name}”.</translation>
        </message>
        <message>
            <source>There is no folder “{folder}” to write the report in.</source>
            <translation>Non esiste la cartella “{folder}” in cui scrivere la relazione.</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {reason}</source>
            <translation>Impossibile scrivere la relazione in {path}: {reason}</translation>
        </message>
        <message>
            <source>Wrote the program report to {path}.</source>
            <translation>Relazione sul programma scritta in {path}.</translation>
        </message>
        <message>
            <source>import a roster (.xlsx or .csv) into a program file</source>
            <translation>importa un elenco dei partecipanti (.xlsx o .csv) in un file del programma</translation>
        </message>
        <message>
            <source>Import participants from an Excel workbook or a CSV file (also Microsoft Forms and Google Forms exports). Prints what was imported and every rejected row with its reason. Exit status 0 when the import happened, 2 when nothing could be imported.</source>
            <translation>Importa i partecipanti da una cartella di lavoro Excel o da un file CSV (anche esportazioni di Microsoft Forms e Google Forms). Mostra cosa è stato importato e ogni riga scartata con il motivo. Codice di uscita 0 se l'importazione è avvenuta, 2 se non è stato possibile importare nulla.</translation>
        </message>
        <message>
            <source>the .xlsx or .csv file</source>
            <translation>il file .xlsx o .csv</translation>
        </message>
        <message>
            <source>import only this sheet (repeatable)</source>
            <translation>importa solo questo foglio (ripetibile)</translation>
        </message>
        <message>
            <source>everyone's role, when the roster does not say it</source>
            <translation>il ruolo di tutti, quando l'elenco non lo indica</translation>
        </message>
        <message>
            <source>a mapping saved by the wizard</source>
            <translation>una corrispondenza salvata dalla procedura guidata</translation>
        </message>
        <message>
            <source>what to do with people already in the program (default: update)</source>
            <translation>cosa fare con le persone già presenti nel programma (predefinito: update)</translation>
        </message>
        <message>
            <source>show what would happen; change nothing</source>
            <translation>mostra cosa succederebbe, senza modificare nulla</translation>
        </message>
        <message>
            <source>export the program to an Excel workbook</source>
            <translation>esporta il programma in una cartella di lavoro Excel</translation>
        </message>
        <message>
            <source>Write participants, pairs, goals, sessions and feedback to one .xlsx workbook. Private and confidential notes are left out unless --include-confidential is given.</source>
            <translation>Scrive partecipanti, coppie, obiettivi, incontri e feedback in un'unica cartella di lavoro .xlsx. Le note riservate e le note confidenziali degli incontri sono escluse, a meno che non si indichi --include-confidential.</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>la cartella di lavoro da scrivere</translation>
        </message>
        <message>
            <source>also write private notes and confidential session notes</source>
            <translation>scrive anche le note riservate e le note confidenziali degli incontri</translation>
        </message>
        <message>
            <source>“{file}” has no sheet “{sheet}”; its sheets are: {names}.</source>
            <translation>“{file}” non ha un foglio “{sheet}”; i suoi fogli sono: {names}.</translation>
        </message>
        <message>
            <source>No sheet of “{file}” looks like a roster (no name or e-mail column found); import it in the wizard to choose the columns, or pass --mapping.</source>
            <translation>Nessun foglio di “{file}” sembra un elenco dei partecipanti (nessuna colonna con nome o e-mail); importalo con la procedura guidata per scegliere le colonne, oppure usa --mapping.</translation>
        </message>
        <message>
            <source>sheet “{sheet}”, row {row}</source>
            <translation>foglio “{sheet}”, riga {row}</translation>
        </message>
        <message>
            <source>rejected: {line}</source>
            <translation>scartata: {line}</translation>
        </message>
        <message>
            <source>… and {n} more rejected rows.</source>
            <translation>… e altre {n} righe scartate.</translation>
        </message>
        <message>
            <source>New career levels added to the program: {levels}.</source>
            <translation>Nuovi livelli di carriera aggiunti al programma: {levels}.</translation>
        </message>
        <message>
            <source>Would import</source>
            <translation>Verrebbe importato</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importato</translation>
        </message>
        <message>
            <source>{verb} {file} into {db}: {summary}.</source>
            <translation>{verb} {file} in {db}: {summary}.</translation>
        </message>
        <message>
            <source>nothing could be imported from “{file}”: every row was rejected.</source>
            <translation>non è stato possibile importare nulla da “{file}”: tutte le righe sono state scartate.</translation>
        </message>
        <message>
            <source>Exported {db} to {out}: {summary}.</source>
            <translation>{db} esportato in {out}: {summary}.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Cognome</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <source>Came (yes or no)</source>
            <translation>Presente (sì o no)</translation>
        </message>
        <message>
            <source>Choose the column with the e-mail addresses, or the columns with the first and last names (or the full name).</source>
            <translation>Scegli la colonna con gli indirizzi e-mail, oppure le colonne con nome e cognome (o con il nome completo).</translation>
        </message>
        <message>
            <source>{came} came ({new} not ticked yet), {absent} did not come, {rejected} rejected</source>
            <translation>{came} presenti ({new} non ancora segnati), {absent} assenti, {rejected} scartati</translation>
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation>“{text}” non è né sì né no.</translation>
        </message>
        <message>
            <source>{name} is a {role}; this training is for {audience}.</source>
            <translation>{name} è {role}; questa formazione è per {audience}.</translation>
        </message>
        <message>
            <source>{name} is also on row {row}, which counts instead.</source>
            <translation>{name} compare anche alla riga {row}, che vale al posto di questa.</translation>
        </message>
        <message>
            <source>No participant has the e-mail address {email}.</source>
            <translation>Nessun partecipante ha l'indirizzo e-mail {email}.</translation>
        </message>
        <message>
            <source>No name.</source>
            <translation>Nessun nome.</translation>
        </message>
        <message>
            <source>No e-mail address.</source>
            <translation>Nessun indirizzo e-mail.</translation>
        </message>
        <message>
            <source>No e-mail address or name.</source>
            <translation>Nessun indirizzo e-mail né nome.</translation>
        </message>
        <message>
            <source>No participant is called {name}.</source>
            <translation>Nessun partecipante si chiama {name}.</translation>
        </message>
        <message>
            <source>{count} participants are called {name}: add their e-mail addresses to the sheet.</source>
            <translation>{count} partecipanti si chiamano {name}: aggiungi i loro indirizzi e-mail al foglio.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Foglio</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Chi</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonna</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>No backup of “{name}” could be written ({reason}); nothing was changed.</source>
            <translation>Impossibile scrivere una copia di sicurezza di “{name}” ({reason}); non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>il disco è pieno</translation>
        </message>
        <message>
            <source>“{name}” could not be restored ({reason}); it was not changed.</source>
            <translation>Impossibile ripristinare “{name}” ({reason}); il file non è stato modificato.</translation>
        </message>
        <message>
            <source>The backup “{name}” cannot be read ({reason}); nothing was changed.</source>
            <translation>Impossibile leggere la copia di sicurezza “{name}” ({reason}); non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>Score {score:.0f} of 100</source>
            <translation>Punteggio {score:.0f} su 100</translation>
        </message>
        <message>
            <source>Not eligible: {reason}</source>
            <translation>Non abbinabili: {reason}</translation>
        </message>
        <message>
            <source>Not offered for matching (withdrawn).</source>
            <translation>Escluso dall'abbinamento (ritiro dal programma).</translation>
        </message>
        <message>
            <source>Not placed yet: {n} eligible partners have a place left.</source>
            <translation>Ancora da abbinare: {n} partner idonei hanno ancora posti liberi.</translation>
        </message>
        <message>
            <source>Everyone who fits is taken ({n} eligible, no place left).</source>
            <translation>Tutti i partner adatti sono occupati ({n} idonei, nessun posto libero).</translation>
        </message>
        <message>
            <source>Nobody else to pair with.</source>
            <translation>Nessun altro con cui fare coppia.</translation>
        </message>
        <message>
            <source>No eligible partner: {reason}</source>
            <translation>Nessun partner idoneo: {reason}</translation>
        </message>
        <message>
            <source>{name}'s pair is {status}: it is kept as it is.</source>
            <translation>La coppia di {name} è {status}: resta com'è.</translation>
        </message>
        <message>
            <source>{name}'s proposal is locked; unlock it first.</source>
            <translation>La proposta per {name} è bloccata; sbloccala prima.</translation>
        </message>
        <message>
            <source>Nobody can be paired with themselves.</source>
            <translation>Nessuno può fare coppia con se stesso.</translation>
        </message>
        <message>
            <source>{name} is {status}: it is kept as it is.</source>
            <translation>{name} non è una proposta ({status}): resta com'è.</translation>
        </message>
        <message>
            <source>{name} is a locked proposal; unlock it first.</source>
            <translation>{name} è una proposta bloccata; sbloccala prima.</translation>
        </message>
        <message>
            <source>{name} has no place left ({taken} of {capacity} taken).</source>
            <translation>{name} non ha più posti liberi ({taken} su {capacity} occupati).</translation>
        </message>
        <message>
            <source>{name} is not offered for matching.</source>
            <translation>{name} non partecipa all'abbinamento.</translation>
        </message>
        <message>
            <source>Return {name} to the unmatched</source>
            <translation>Ritorno di {name} tra i non abbinati</translation>
        </message>
        <message>
            <source>a new group</source>
            <translation>un nuovo gruppo</translation>
        </message>
        <message>
            <source>Place {name} with {other}</source>
            <translation>Abbinamento di {name} con {other}</translation>
        </message>
        <message>
            <source>Lock proposals</source>
            <translation>Blocco delle proposte</translation>
        </message>
        <message>
            <source>Unlock proposals</source>
            <translation>Sblocco delle proposte</translation>
        </message>
        <message>
            <source>Confirm {n} proposals</source>
            <translation>Conferma di {n} proposte</translation>
        </message>
        <message>
            <source>Clear {n} proposals</source>
            <translation>Rimozione di {n} proposte</translation>
        </message>
        <message>
            <source>Auto-match {n} proposals</source>
            <translation>Abbinamento automatico: {n} proposte</translation>
        </message>
        <message>
            <source>Start round {n}</source>
            <translation>Avvio del turno {n}</translation>
        </message>
        <message>
            <source>Pair {id} is {status}; only active pairs have planned meetings.</source>
            <translation>La coppia {id} è {status}; solo le coppie attive hanno incontri pianificati.</translation>
        </message>
        <message>
            <source>Pair {id} has no meeting plan with a day and a time; set one in MentorDesk first.</source>
            <translation>La coppia {id} non ha un piano degli incontri con giorno e ora; impostalo prima in MentorDesk.</translation>
        </message>
        <message>
            <source>Pair {id} has no planned meeting before its end date.</source>
            <translation>La coppia {id} non ha incontri pianificati prima della data di fine.</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} e {last}</translation>
        </message>
        <message>
            <source>{group}: {names}</source>
            <translation>{group}: {names}</translation>
        </message>
        <message>
            <source>Mentoring: {names}</source>
            <translation>Mentoring: {names}</translation>
        </message>
        <message>
            <source>No active pair has a meeting plan with a day and a time, so no calendar was written.</source>
            <translation>Nessuna coppia attiva ha un piano degli incontri con giorno e ora, quindi non è stato scritto alcun calendario.</translation>
        </message>
        <message>
            <source>Every {day} at {time}</source>
            <translation>Ogni {day} alle {time}</translation>
        </message>
        <message>
            <source>Every two weeks on {day} at {time}</source>
            <translation>Ogni due settimane, di {day}, alle {time}</translation>
        </message>
        <message>
            <source>The last {day} of every month at {time}</source>
            <translation>Ogni mese, {day} dell'ultima settimana, alle {time}</translation>
        </message>
        <message>
            <source>The {nth} {day} of every month at {time}</source>
            <translation>Ogni mese, {day} della {nth} settimana, alle {time}</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>prima</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>seconda</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>terza</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>quarta</translation>
        </message>
        <message>
            <source>{plan}. Mentoring program “{program}”.</source>
            <translation>{plan}. Programma di mentoring “{program}”.</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunedì</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martedì</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercoledì</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>giovedì</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>venerdì</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sabato</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domenica</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 ora</translation>
        </message>
        <message>
            <source>{n} hours</source>
            <translation>{n} ore</translation>
        </message>
        <message>
            <source>This person is not in the program (any more).</source>
            <translation>Questa persona non fa (più) parte del programma.</translation>
        </message>
        <message>
            <source>{name} has not mentored anyone in this program, so there is nothing to certify. Certificates are for mentors of a pair or group.</source>
            <translation>{name} non ha fatto da mentor a nessuno in questo programma, quindi non c'è nulla da attestare. Gli attestati sono per i mentor di una coppia o di un gruppo.</translation>
        </message>
        <message>
            <source>{name} has no held session logged yet; log their sessions first.</source>
            <translation>{name} non ha ancora nessun incontro svolto registrato; registra prima i suoi incontri.</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Da remoto</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Idoneo</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ritirato</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Stessa persona</translation>
        </message>
        <message>
            <source>Never pair</source>
            <translation>Da non abbinare</translation>
        </message>
        <message>
            <source>No shared language</source>
            <translation>Nessuna lingua comune</translation>
        </message>
        <message>
            <source>Mentor not above</source>
            <translation>Mentor non superiore</translation>
        </message>
        <message>
            <source>Same department</source>
            <translation>Stesso reparto</translation>
        </message>
        <message>
            <source>No places left</source>
            <translation>Nessun posto libero</translation>
        </message>
        <message>
            <source>Outside the level gap</source>
            <translation>Distanza di livello non ammessa</translation>
        </message>
        <message>
            <source>{a} and {b} have withdrawn</source>
            <translation>{a} e {b} hanno lasciato il programma</translation>
        </message>
        <message>
            <source>{name} has withdrawn</source>
            <translation>{name} ha lasciato il programma</translation>
        </message>
        <message>
            <source>{name} cannot be paired with themselves</source>
            <translation>{name} non può fare coppia con sé</translation>
        </message>
        <message>
            <source>The coordinator ruled out pairing {a} and {b}</source>
            <translation>Il coordinatore ha escluso l'abbinamento tra {a} e {b}</translation>
        </message>
        <message>
            <source>No language in common ({a}: {x}; {b}: {y})</source>
            <translation>Nessuna lingua comune ({a}: {x}; {b}: {y})</translation>
        </message>
        <message>
            <source>{a} ({x}) is not above {b} ({y})</source>
            <translation>{a} ({x}) non è a un livello superiore a {b} ({y})</translation>
        </message>
        <message>
            <source>Both in {department}, and the program pairs across departments</source>
            <translation>Entrambi in {department}, e il programma abbina persone di reparti diversi</translation>
        </message>
        <message>
            <source>{name} has no places left for another mentee</source>
            <translation>{name} non ha più posti liberi per un altro mentee</translation>
        </message>
        <message>
            <source>{gap} (required: {ideal} levels above)</source>
            <translation>{gap} (richiesti: {ideal} livelli sopra)</translation>
        </message>
        <message>
            <source>Both are {level}</source>
            <translation>Entrambi sono {level}</translation>
        </message>
        <message>
            <source>{a} is 1 level above {b}</source>
            <translation>{a} è 1 livello sopra {b}</translation>
        </message>
        <message>
            <source>{a} is 1 level below {b}</source>
            <translation>{a} è 1 livello sotto {b}</translation>
        </message>
        <message>
            <source>{a} is {n} levels above {b}</source>
            <translation>{a} è {n} livelli sopra {b}</translation>
        </message>
        <message>
            <source>{a} is {n} levels below {b}</source>
            <translation>{a} è {n} livelli sotto {b}</translation>
        </message>
        <message>
            <source>Shared interests: {items}</source>
            <translation>Interessi in comune: {items}</translation>
        </message>
        <message>
            <source>Shared interests: {items} ({n} of {name}’s {total})</source>
            <translation>Interessi in comune: {items} ({n} su {total} di {name})</translation>
        </message>
        <message>
            <source>No shared interests</source>
            <translation>Nessun interesse in comune</translation>
        </message>
        <message>
            <source>{name} listed no interests</source>
            <translation>Nessun interesse indicato da {name}</translation>
        </message>
        <message>
            <source>Both speak {items}</source>
            <translation>Lingue in comune: {items}</translation>
        </message>
        <message>
            <source>No language in common</source>
            <translation>Nessuna lingua in comune</translation>
        </message>
        <message>
            <source>{name} listed no languages</source>
            <translation>Nessuna lingua indicata da {name}</translation>
        </message>
        <message>
            <source>Both free: {items}</source>
            <translation>Disponibilità in comune: {items}</translation>
        </message>
        <message>
            <source>Both free: {items} ({n} of {name}’s {total})</source>
            <translation>Disponibilità in comune: {items} ({n} su {total} di {name})</translation>
        </message>
        <message>
            <source>No free time in common</source>
            <translation>Nessuna disponibilità in comune</translation>
        </message>
        <message>
            <source>{name} gave no availability</source>
            <translation>Nessuna disponibilità indicata da {name}</translation>
        </message>
        <message>
            <source>{a} and {b}</source>
            <translation>{a} e {b}</translation>
        </message>
        <message>
            <source>{name} listed no skills to develop</source>
            <translation>Nessuna competenza da sviluppare indicata da {name}</translation>
        </message>
        <message>
            <source>{name} listed no skills to offer</source>
            <translation>Nessuna competenza da offrire indicata da {name}</translation>
        </message>
        <message>
            <source>{giver} offers none of the skills {taker} wants ({skills})</source>
            <translation>{giver} non offre nessuna delle competenze richieste da {taker} ({skills})</translation>
        </message>
        <message>
            <source>Offers none of the skills {taker} wants ({skills})</source>
            <translation>Non offre nessuna delle competenze richieste da {taker} ({skills})</translation>
        </message>
        <message>
            <source>{giver} offers the one skill {taker} wants: {skills}</source>
            <translation>{giver} offre l'unica competenza richiesta da {taker}: {skills}</translation>
        </message>
        <message>
            <source>Offers the one skill {taker} wants: {skills}</source>
            <translation>Offre l'unica competenza richiesta da {taker}: {skills}</translation>
        </message>
        <message>
            <source>{giver} offers {n} of the {total} skills {taker} wants: {skills}</source>
            <translation>{giver} offre {n} delle {total} competenze richieste da {taker}: {skills}</translation>
        </message>
        <message>
            <source>Offers {n} of the {total} skills {taker} wants: {skills}</source>
            <translation>Offre {n} delle {total} competenze richieste da {taker}: {skills}</translation>
        </message>
        <message>
            <source>Career level unknown for {names}</source>
            <translation>Livello di carriera sconosciuto per {names}</translation>
        </message>
        <message>
            <source>Same level ({level})</source>
            <translation>Stesso livello ({level})</translation>
        </message>
        <message>
            <source>Neighbouring levels ({a}, {b})</source>
            <translation>Livelli vicini ({a}, {b})</translation>
        </message>
        <message>
            <source>{a} and {b} are {n} levels apart</source>
            <translation>{a} e {b} distano {n} livelli</translation>
        </message>
        <message>
            <source>{gap} (ideal: {ideal})</source>
            <translation>{gap} (ideale: {ideal})</translation>
        </message>
        <message>
            <source>{gap} (ideal: {ideal} above)</source>
            <translation>{gap} (ideale: {ideal} sopra)</translation>
        </message>
        <message>
            <source>Department unknown for {names}</source>
            <translation>Reparto sconosciuto per {names}</translation>
        </message>
        <message>
            <source>Same department ({department})</source>
            <translation>Stesso reparto ({department})</translation>
        </message>
        <message>
            <source>Different departments ({a}, {b})</source>
            <translation>Reparti diversi ({a}, {b})</translation>
        </message>
        <message>
            <source>Location unknown for {names}</source>
            <translation>Sede sconosciuta per {names}</translation>
        </message>
        <message>
            <source>Both work remotely</source>
            <translation>Entrambi lavorano da remoto</translation>
        </message>
        <message>
            <source>Both in {location}</source>
            <translation>Entrambi a {location}</translation>
        </message>
        <message>
            <source>{name} works remotely</source>
            <translation>{name} lavora da remoto</translation>
        </message>
        <message>
            <source>Different locations ({a}, {b})</source>
            <translation>Sedi diverse ({a}, {b})</translation>
        </message>
        <message>
            <source>{a} and {b} asked for each other</source>
            <translation>{a} e {b} hanno chiesto di lavorare insieme</translation>
        </message>
        <message>
            <source>{who} asked for {whom}</source>
            <translation>{who} ha chiesto di lavorare con {whom}</translation>
        </message>
        <message>
            <source>{names} asked for someone else</source>
            <translation>Chi ha chiesto un'altra persona: {names}</translation>
        </message>
        <message>
            <source>No partner preferences given</source>
            <translation>Nessuna preferenza di partner indicata</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>Iscritti</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Abbinati</translation>
        </message>
        <message>
            <source>Active (met at least once)</source>
            <translation>Attivi (almeno un incontro)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completato</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Want a match</source>
            <translation>Vogliono un abbinamento</translation>
        </message>
        <message>
            <source>Waiting for a match</source>
            <translation>In attesa di abbinamento</translation>
        </message>
        <message>
            <source>Active pairs</source>
            <translation>Coppie attive</translation>
        </message>
        <message>
            <source>Sessions this month</source>
            <translation>Incontri questo mese</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <source>Goals completed</source>
            <translation>Obiettivi completati</translation>
        </message>
        <message>
            <source>One-to-one mentoring</source>
            <translation>Mentoring uno a uno</translation>
        </message>
        <message>
            <source>Peer pairs</source>
            <translation>Coppie tra pari</translation>
        </message>
        <message>
            <source>Peer groups</source>
            <translation>Gruppi tra pari</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Mentee</source>
            <translation>Mentee</translation>
        </message>
        <message>
            <source>Mentor and mentee</source>
            <translation>Mentor e mentee</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attivo</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Peer</translation>
        </message>
        <message>
            <source>Goals reached</source>
            <translation>Obiettivi raggiunti</translation>
        </message>
        <message>
            <source>Planned time ended</source>
            <translation>Periodo previsto concluso</translation>
        </message>
        <message>
            <source>Not a good match</source>
            <translation>Abbinamento non riuscito</translation>
        </message>
        <message>
            <source>Someone left the program</source>
            <translation>Qualcuno ha lasciato il programma</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Altro motivo</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non iniziato</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>In linea</translation>
        </message>
        <message>
            <source>Off track</source>
            <translation>Non in linea</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Entrambi</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Di persona</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Svolto</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Saltato</translation>
        </message>
        <message>
            <source>No regular meeting</source>
            <translation>Nessun incontro fisso</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Settimanale</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Ogni due settimane</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensile</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videochiamata</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Reparto</translation>
        </message>
        <message>
            <source>Career level</source>
            <translation>Livello di carriera</translation>
        </message>
        <message>
            <source>Skills offered</source>
            <translation>Competenze offerte</translation>
        </message>
        <message>
            <source>Skills wanted</source>
            <translation>Competenze richieste</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interessi</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Lingue</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Disponibilità</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacità</translation>
        </message>
        <message>
            <source>Bio</source>
            <translation>Biografia</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Data del consenso</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Note riservate</translation>
        </message>
        <message>
            <source>{participants} participants, {pairs} pairs, {goals} goals, {sessions} sessions, {feedback} feedback answers</source>
            <translation>{participants} partecipanti, {pairs} coppie, {goals} obiettivi, {sessions} incontri, {feedback} risposte di feedback</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membri</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Mentees</source>
            <translation>Mentee</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Data di inizio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data di fine</translation>
        </message>
        <message>
            <source>Closure reason</source>
            <translation>Motivo della chiusura</translation>
        </message>
        <message>
            <source>Closure note</source>
            <translation>Nota di chiusura</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Coppie</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} su {total}</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Coppia</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Perché</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Completed date</source>
            <translation>Data di completamento</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Passi completati</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuti</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Argomenti</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Riservato</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Partecipante</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Rilevazione</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commento</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>{id}: {members}</source>
            <translation>{id}: {members}</translation>
        </message>
        <message>
            <source>“{name}” is a folder; choose a file name.</source>
            <translation>“{name}” è una cartella; scegli un nome di file.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved because the folder {folder} does not exist; choose another folder.</source>
            <translation>Impossibile salvare “{name}” perché la cartella {folder} non esiste; scegli un'altra cartella.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved: close it if it is open in Excel or another program, or choose a folder you can write to.</source>
            <translation>Impossibile salvare “{name}”: chiudilo se è aperto in Excel o in un altro programma, oppure scegli una cartella in cui hai i permessi di scrittura.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved because the disk is full; free some space or choose another drive.</source>
            <translation>Impossibile salvare “{name}” perché il disco è pieno; libera spazio o scegli un'altra unità.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved ({reason}); choose another folder.</source>
            <translation>Impossibile salvare “{name}” ({reason}); scegli un'altra cartella.</translation>
        </message>
        <message>
            <source>Needs a check-in</source>
            <translation>Serve un check-in</translation>
        </message>
        <message>
            <source>Too early to tell</source>
            <translation>Troppo presto per dirlo</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 giorno</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} giorni</translation>
        </message>
        <message>
            <source>today</source>
            <translation>oggi</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ieri</translation>
        </message>
        <message>
            <source>{days} ago</source>
            <translation>{days} fa</translation>
        </message>
        <message>
            <source>due in {days}</source>
            <translation>scade tra {days}</translation>
        </message>
        <message>
            <source>due tomorrow</source>
            <translation>scade domani</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>scade oggi</translation>
        </message>
        <message>
            <source>overdue by {days}</source>
            <translation>in ritardo di {days}</translation>
        </message>
        <message>
            <source>in {days}</source>
            <translation>tra {days}</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>domani</translation>
        </message>
        <message>
            <source> plus 1 day's grace</source>
            <translation> più 1 giorno di tolleranza</translation>
        </message>
        <message>
            <source> plus {n} days' grace</source>
            <translation> più {n} giorni di tolleranza</translation>
        </message>
        <message>
            <source>the pair agreed to meet every {every}{grace}</source>
            <translation>la coppia ha concordato di incontrarsi ogni {every}{grace}</translation>
        </message>
        <message>
            <source>the program expects one every {every}{grace}</source>
            <translation>il programma ne prevede uno ogni {every}{grace}</translation>
        </message>
        <message>
            <source>No session for {days}; {expectation}</source>
            <translation>Nessun incontro da {days}; {expectation}</translation>
        </message>
        <message>
            <source>No session since the pair became active again {ago}; {expectation}</source>
            <translation>Nessun incontro da quando la coppia è tornata attiva ({ago}); {expectation}</translation>
        </message>
        <message>
            <source>No session since the pair started {ago}; {expectation}</source>
            <translation>Nessun incontro da quando la coppia ha iniziato ({ago}); {expectation}</translation>
        </message>
        <message>
            <source>No check-in yet; the program asks for the first within {days} of the start</source>
            <translation>Ancora nessun check-in; il programma chiede il primo entro {days} dall'inizio</translation>
        </message>
        <message>
            <source>{done} of {wanted} check-ins in the first month so far</source>
            <translation>{done} check-in su {wanted} nel primo mese, finora</translation>
        </message>
        <message>
            <source>Last check-in {ago}; the program asks for one every {days}</source>
            <translation>Ultimo check-in: {ago}; il programma ne chiede uno ogni {days}</translation>
        </message>
        <message>
            <source>{why}; {due}</source>
            <translation>{why}; {due}</translation>
        </message>
        <message>
            <source>1 goal is off track</source>
            <translation>1 obiettivo non è in linea</translation>
        </message>
        <message>
            <source>{n} goals are off track</source>
            <translation>{n} obiettivi non sono in linea</translation>
        </message>
        <message>
            <source>A goal not completed passed its target date {ago}</source>
            <translation>Un obiettivo non completato ha superato la scadenza {ago}</translation>
        </message>
        <message>
            <source>No start date recorded</source>
            <translation>Nessuna data di inizio registrata</translation>
        </message>
        <message>
            <source>Starts {when}</source>
            <translation>Inizia {when}</translation>
        </message>
        <message>
            <source>Active again since {ago}, no session yet; {expectation}</source>
            <translation>Tornata attiva {ago}, ancora nessun incontro; {expectation}</translation>
        </message>
        <message>
            <source>Started {ago}, no session yet; {expectation}</source>
            <translation>Iniziata {ago}, ancora nessun incontro; {expectation}</translation>
        </message>
        <message>
            <source>Last session {ago}; {expectation}</source>
            <translation>Ultimo incontro {ago}; {expectation}</translation>
        </message>
        <message>
            <source>Make the goal specific: say in a few words what exactly will change.</source>
            <translation>Rendi l'obiettivo specifico: di' in poche parole che cosa cambierà esattamente.</translation>
        </message>
        <message>
            <source>Say how you will measure it: what will show the goal is reached?</source>
            <translation>Indica come lo misurerai: che cosa mostrerà che l'obiettivo è raggiunto?</translation>
        </message>
        <message>
            <source>Set a target date, so the pair knows when to take stock.</source>
            <translation>Imposta una scadenza, così la coppia sa quando fare il punto.</translation>
        </message>
        <message>
            <source>The target date has passed: mark the goal completed or set a new date.</source>
            <translation>La scadenza è passata: segna l'obiettivo come completato o imposta una nuova data.</translation>
        </message>
        <message>
            <source>Write why it matters: a relevant goal is easier to keep working on.</source>
            <translation>Scrivi perché è importante: su un obiettivo rilevante è più facile continuare a lavorare.</translation>
        </message>
        <message>
            <source>Break the goal into a few action steps, each with an owner and a date.</source>
            <translation>Suddividi l'obiettivo in alcuni passi, ognuno con un responsabile e una data.</translation>
        </message>
        <message>
            <source>Get better at {skill}</source>
            <translation>Migliorare in {skill}</translation>
        </message>
        <message>
            <source>Use {skill} in a real piece of work and get feedback on it</source>
            <translation>Usa {skill} in un lavoro reale e ricevi un feedback</translation>
        </message>
        <message>
            <source>{skill} is a skill the mentee wants to grow</source>
            <translation>{skill} è una competenza che il mentee vuole sviluppare</translation>
        </message>
        <message>
            <source>Rate your {skill} today and name where you want to use it</source>
            <translation>Valuta oggi il tuo livello in {skill} e indica dove vuoi usare questa competenza</translation>
        </message>
        <message>
            <source>Practise {skill} on a real task</source>
            <translation>Esercita {skill} su un compito reale</translation>
        </message>
        <message>
            <source>Develop a new skill</source>
            <translation>Sviluppare una nuova competenza</translation>
        </message>
        <message>
            <source>Use the skill in a real piece of work and get feedback on it</source>
            <translation>Usa la competenza in un lavoro reale e ricevi un feedback</translation>
        </message>
        <message>
            <source>Choose the skill that would help the mentee most this year</source>
            <translation>Scegli la competenza che aiuterebbe di più il mentee quest'anno</translation>
        </message>
        <message>
            <source>Choose the skill and rate it today</source>
            <translation>Scegli la competenza e valuta il tuo livello di oggi</translation>
        </message>
        <message>
            <source>Practise the skill on a real task</source>
            <translation>Esercita la competenza su un compito reale</translation>
        </message>
        <message>
            <source>Agree on resources and exercises to try</source>
            <translation>Concordate risorse ed esercizi da provare</translation>
        </message>
        <message>
            <source>Give feedback on the result</source>
            <translation>Dai un feedback sul risultato</translation>
        </message>
        <message>
            <source>Review progress and choose the next step</source>
            <translation>Fate il punto sui progressi e scegliete il passo successivo</translation>
        </message>
        <message>
            <source>Develop a skill</source>
            <translation>Sviluppare una competenza</translation>
        </message>
        <message>
            <source>Prepare a presentation about {skill}</source>
            <translation>Preparare una presentazione su {skill}</translation>
        </message>
        <message>
            <source>Prepare and give a presentation</source>
            <translation>Preparare e tenere una presentazione</translation>
        </message>
        <message>
            <source>Choose the audience and the one message to leave them with</source>
            <translation>Scegliete il pubblico e l'unico messaggio da lasciargli</translation>
        </message>
        <message>
            <source>Draft the outline and the slides</source>
            <translation>Prepara la scaletta e le slide</translation>
        </message>
        <message>
            <source>Rehearse twice and take feedback</source>
            <translation>Provate due volte e raccogliete feedback</translation>
        </message>
        <message>
            <source>Give the presentation</source>
            <translation>Tieni la presentazione</translation>
        </message>
        <message>
            <source>Talk over how it went and what to keep</source>
            <translation>Parlate di com'è andata e di cosa mantenere</translation>
        </message>
        <message>
            <source>Prepare a presentation</source>
            <translation>Preparare una presentazione</translation>
        </message>
        <message>
            <source>A talk of about ten minutes given to a real audience</source>
            <translation>Un intervento di circa dieci minuti davanti a un pubblico reale</translation>
        </message>
        <message>
            <source>Speaking in front of a group builds visibility and confidence</source>
            <translation>Parlare davanti a un gruppo aumenta visibilità e sicurezza</translation>
        </message>
        <message>
            <source>Compare your experience, including {skill}, with what it expects</source>
            <translation>Confronta la tua esperienza, compreso {skill}, con ciò che il ruolo richiede</translation>
        </message>
        <message>
            <source>Compare your experience with what it expects</source>
            <translation>Confronta la tua esperienza con ciò che il ruolo richiede</translation>
        </message>
        <message>
            <source>Describe the next role you want and what it expects</source>
            <translation>Descrivi il prossimo ruolo che vuoi e ciò che richiede</translation>
        </message>
        <message>
            <source>Talk to someone who has that role now</source>
            <translation>Parla con qualcuno che ricopre ora quel ruolo</translation>
        </message>
        <message>
            <source>Agree a development plan with your manager</source>
            <translation>Concorda un piano di sviluppo con il tuo responsabile</translation>
        </message>
        <message>
            <source>Career path: next role</source>
            <translation>Percorso di carriera: prossimo ruolo</translation>
        </message>
        <message>
            <source>Career path: prepare for the next role</source>
            <translation>Percorso di carriera: prepararsi al prossimo ruolo</translation>
        </message>
        <message>
            <source>A written plan for the next role, agreed with the manager</source>
            <translation>Un piano scritto per il prossimo ruolo, concordato con il responsabile</translation>
        </message>
        <message>
            <source>Knowing what the next step expects makes the work towards it deliberate</source>
            <translation>Sapere cosa richiede il prossimo passo rende intenzionale il lavoro per arrivarci</translation>
        </message>
        <message>
            <source>Introduce three people who are good at {skill}</source>
            <translation>Presenta al mentee tre persone esperte di {skill}</translation>
        </message>
        <message>
            <source>Introduce three people from other teams</source>
            <translation>Presenta al mentee tre persone di altri team</translation>
        </message>
        <message>
            <source>Meet each of them for a coffee or a call</source>
            <translation>Incontra ciascuna di loro per un caffè o una chiamata</translation>
        </message>
        <message>
            <source>Write down what you learnt and whom to keep in touch with</source>
            <translation>Annota cosa hai imparato e con chi restare in contatto</translation>
        </message>
        <message>
            <source>Review the network and plan the next contacts</source>
            <translation>Fate il punto sulla rete e pianificate i prossimi contatti</translation>
        </message>
        <message>
            <source>Grow your network</source>
            <translation>Ampliare la propria rete</translation>
        </message>
        <message>
            <source>Grow a network beyond the team</source>
            <translation>Costruire una rete oltre il proprio team</translation>
        </message>
        <message>
            <source>Meet five people outside the team and keep in touch with two</source>
            <translation>Conoscere cinque persone fuori dal team e restare in contatto con due</translation>
        </message>
        <message>
            <source>People who know your work open doors no plan can</source>
            <translation>Chi conosce il tuo lavoro apre porte che nessun piano può aprire</translation>
        </message>
        <message>
            <source>Lead a small project that uses {skill}</source>
            <translation>Guidare un piccolo progetto che usa {skill}</translation>
        </message>
        <message>
            <source>Lead a small project</source>
            <translation>Guidare un piccolo progetto</translation>
        </message>
        <message>
            <source>Choose a project of a few weeks with your manager</source>
            <translation>Scegli con il tuo responsabile un progetto di poche settimane</translation>
        </message>
        <message>
            <source>Plan the work, the risks and the checkpoints together</source>
            <translation>Pianificate insieme il lavoro, i rischi e i punti di controllo</translation>
        </message>
        <message>
            <source>Hold the first checkpoint with the team</source>
            <translation>Tieni il primo punto di controllo con il team</translation>
        </message>
        <message>
            <source>Deliver the project</source>
            <translation>Porta a termine il progetto</translation>
        </message>
        <message>
            <source>Look back on what worked and what to change</source>
            <translation>Ripensate a cosa ha funzionato e cosa cambiare</translation>
        </message>
        <message>
            <source>Lead a project</source>
            <translation>Guidare un progetto</translation>
        </message>
        <message>
            <source>A project led from plan to delivery, with a short look back</source>
            <translation>Un progetto guidato dalla pianificazione alla consegna, con un breve bilancio finale</translation>
        </message>
        <message>
            <source>Leading real work is the surest way to learn to lead</source>
            <translation>Guidare un lavoro reale è il modo più sicuro per imparare a guidare</translation>
        </message>
        <message>
            <source>Goal completed: {title}</source>
            <translation>Obiettivo completato: {title}</translation>
        </message>
        <message>
            <source>Milestone reached: {step}</source>
            <translation>Traguardo raggiunto: {step}</translation>
        </message>
        <message>
            <source>{count} sessions held</source>
            <translation>{count} incontri svolti</translation>
        </message>
        <message>
            <source>Pair closed with its goals reached</source>
            <translation>Coppia chiusa con gli obiettivi raggiunti</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>Verificato</translation>
        </message>
        <message>
            <source>Trained</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Non accettato</translation>
        </message>
        <message>
            <source>Anyone still taking part</source>
            <translation>Chiunque partecipi ancora</translation>
        </message>
        <message>
            <source>Screened (checklist complete)</source>
            <translation>Verificato (checklist completa)</translation>
        </message>
        <message>
            <source>Trained (required trainings attended)</source>
            <translation>Formato (corsi obbligatori frequentati)</translation>
        </message>
        <message>
            <source>Ready (screened and trained)</source>
            <translation>Pronto (verificato e formato)</translation>
        </message>
        <message>
            <source>screening incomplete</source>
            <translation>verifica incompleta</translation>
        </message>
        <message>
            <source>training incomplete</source>
            <translation>formazione incompleta</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>ritirato</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>non accettato</translation>
        </message>
        <message>
            <source>not accepted: {reason}</source>
            <translation>non accettato: {reason}</translation>
        </message>
        <message>
            <source>{what} ({missing})</source>
            <translation>{what} ({missing})</translation>
        </message>
        <message>
            <source>A checklist item needs a name.</source>
            <translation>Ogni voce della checklist deve avere un nome.</translation>
        </message>
        <message>
            <source>A check expires after one month or more.</source>
            <translation>Una verifica scade dopo almeno un mese.</translation>
        </message>
        <message>
            <source>Two checklist items have the same name.</source>
            <translation>Due voci della checklist hanno lo stesso nome.</translation>
        </message>
        <message>
            <source>A target cannot be negative.</source>
            <translation>Il numero previsto non può essere negativo.</translation>
        </message>
        <message>
            <source>{n} {reason}</source>
            <translation>{reason} ({n})</translation>
        </message>
        <message>
            <source>{n} not ready yet: {why}</source>
            <translation>Non ancora pronti ({n}): {why}</translation>
        </message>
        <message>
            <source>{name} ({role}): {why}</source>
            <translation>{name} ({role}): {why}</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guida</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modello</translation>
        </message>
        <message>
            <source>Workshop material</source>
            <translation>Materiale del workshop</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formazione</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientamento</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tutti</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} byte</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>The file is {size}; files of at most {limit} can be copied into the program file. Put it on a shared drive and add its link instead.</source>
            <translation>Il file è di {size}; nel file del programma si possono copiare solo file fino a {limit}. Mettilo su un'unità condivisa e aggiungi invece il suo link.</translation>
        </message>
        <message>
            <source>The file {name} cannot be read ({reason}).</source>
            <translation>Impossibile leggere il file {name} ({reason}).</translation>
        </message>
        <message>
            <source>Enter a title for the resource.</source>
            <translation>Inserisci un titolo per la risorsa.</translation>
        </message>
        <message>
            <source>Enter a web address, such as https://example.org/guide, or leave it empty.</source>
            <translation>Inserisci un indirizzo web, ad esempio https://example.org/guide, oppure lascia vuoto.</translation>
        </message>
        <message>
            <source>The file needs a name without folders.</source>
            <translation>Il nome del file non può contenere cartelle.</translation>
        </message>
        <message>
            <source>Enter a title for the workshop or training.</source>
            <translation>Inserisci un titolo per il workshop o la formazione.</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Competenze</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Preference</source>
            <translation>Preferenza</translation>
        </message>
        <message>
            <source>No balance</source>
            <translation>Nessun bilanciamento</translation>
        </message>
        <message>
            <source>Mix by</source>
            <translation>Mescola per</translation>
        </message>
        <message>
            <source>Keep together by</source>
            <translation>Tieni insieme per</translation>
        </message>
        <message>
            <source>department</source>
            <translation>reparto</translation>
        </message>
        <message>
            <source>career level</source>
            <translation>livello di carriera</translation>
        </message>
        <message>
            <source>Prefer different departments</source>
            <translation>Preferisci reparti diversi</translation>
        </message>
        <message>
            <source>Prefer the same department</source>
            <translation>Preferisci lo stesso reparto</translation>
        </message>
        <message>
            <source>Ignore departments</source>
            <translation>Ignora i reparti</translation>
        </message>
        <message>
            <source>Goal completed</source>
            <translation>Obiettivo completato</translation>
        </message>
        <message>
            <source>Milestone reached</source>
            <translation>Traguardo raggiunto</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Incontri svolti</translation>
        </message>
        <message>
            <source>Closed with goals reached</source>
            <translation>Chiusa con obiettivi raggiunti</translation>
        </message>
        <message>
            <source>Milestone reached: {step} (goal: {goal})</source>
            <translation>Traguardo raggiunto: {step} (obiettivo: {goal})</translation>
        </message>
        <message>
            <source>{n} sessions held together</source>
            <translation>{n} incontri svolti insieme</translation>
        </message>
        <message>
            <source>Closed with its goals reached</source>
            <translation>Chiusa con gli obiettivi raggiunti</translation>
        </message>
        <message>
            <source>“{name}” is already open in another MentorDesk window.</source>
            <translation>“{name}” è già aperto in un'altra finestra di MentorDesk.</translation>
        </message>
        <message>
            <source>MentorDesk cannot write in the folder of “{name}” ({reason}). Open it read-only, or copy it to a folder you can write to.</source>
            <translation>MentorDesk non può scrivere nella cartella di “{name}” ({reason}). Aprilo in sola lettura o copialo in una cartella in cui puoi scrivere.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Il file {path} non esiste.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a MentorDesk program file.</source>
            <translation>{path} è una cartella, non un file di programma di MentorDesk.</translation>
        </message>
        <message>
            <source>MentorDesk cannot read “{name}”: {reason}.</source>
            <translation>MentorDesk non può leggere “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>è vuoto</translation>
        </message>
        <message>
            <source>it is an Excel workbook or another zip file, not a program file</source>
            <translation>è una cartella di lavoro Excel o un altro file zip, non un file di programma</translation>
        </message>
        <message>
            <source>it is not a MentorDesk program file</source>
            <translation>non è un file di programma di MentorDesk</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {why}. Choose a program file saved by MentorDesk, or create a new program.</source>
            <translation>Impossibile aprire “{name}”: {why}. Scegli un file di programma salvato da MentorDesk o crea un nuovo programma.</translation>
        </message>
        <message>
            <source>“{name}” is a database, but not a MentorDesk program file.</source>
            <translation>“{name}” è un database, ma non un file di programma di MentorDesk.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer MentorDesk (file version {file}, this one reads up to {mine}). Install the latest MentorDesk to open it; the file was not changed.</source>
            <translation>“{name}” è stato salvato da una versione più recente di MentorDesk (versione del file {file}, questa legge fino alla {mine}). Installa l'ultima versione di MentorDesk per aprirlo; il file non è stato modificato.</translation>
        </message>
        <message>
            <source>The disk holding “{name}” is full, so MentorDesk cannot open it for writing. Nothing was changed; free some disk space and open it again, or open it read-only to look at it.</source>
            <translation>Il disco che contiene “{name}” è pieno, quindi MentorDesk non può aprirlo in scrittura. Non è stato modificato nulla; libera spazio su disco e aprilo di nuovo, oppure aprilo in sola lettura per consultarlo.</translation>
        </message>
        <message>
            <source>“{name}” is read-only, so MentorDesk cannot save changes to it. Nothing was changed; open it read-only to look at it, or copy it to a folder you can write to.</source>
            <translation>“{name}” è di sola lettura, quindi MentorDesk non può salvarvi le modifiche. Non è stato modificato nulla; aprilo in sola lettura per consultarlo o copialo in una cartella in cui puoi scrivere.</translation>
        </message>
        <message>
            <source>MentorDesk cannot open “{name}” ({reason}). Nothing was changed; open it read-only, or copy it elsewhere.</source>
            <translation>MentorDesk non può aprire “{name}” ({reason}). Non è stato modificato nulla; aprilo in sola lettura o copialo altrove.</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be opened safely ({detail}). Restore a backup copy; the file was not changed.</source>
            <translation>“{name}” è danneggiato e non può essere aperto in sicurezza ({detail}). Ripristina una copia di sicurezza; il file non è stato modificato.</translation>
        </message>
        <message>
            <source>the whole program, up to {today}</source>
            <translation>l'intero programma, fino al {today}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>dal {start} al {end}</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
            <translation>nuovi: {new}, aggiornati: {updated}, invariati: {unchanged}, rifiutati: {rejected}</translation>
        </message>
        <message>
            <source>, {merged} merged (signed up twice)</source>
            <translation>, uniti: {merged} (iscritti due volte)</translation>
        </message>
        <message>
            <source>Already in the program; left as it is.</source>
            <translation>Già nel programma; lasciato invariato.</translation>
        </message>
        <message>
            <source>Imported from sheet “{sheet}”, row {row}; {email} belongs to {name}.</source>
            <translation>Importato dal foglio “{sheet}”, riga {row}; {email} appartiene a {name}.</translation>
        </message>
        <message>
            <source>Also signed up as {role} ({where}): imported once, as mentor and mentee.</source>
            <translation>Iscritto anche come {role} ({where}): importato una sola volta, come mentor e mentee.</translation>
        </message>
        <message>
            <source>A newer answer with the same e-mail ({where}) is imported instead.</source>
            <translation>Viene importata invece una risposta più recente con lo stesso indirizzo e-mail ({where}).</translation>
        </message>
        <message>
            <source>The mapping could not be saved to {path} ({reason}).</source>
            <translation>Impossibile salvare la mappatura in {path} ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a MentorDesk import mapping ({reason}).</source>
            <translation>“{name}” non è una mappatura di importazione di MentorDesk ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a MentorDesk import mapping.</source>
            <translation>“{name}” non è una mappatura di importazione di MentorDesk.</translation>
        </message>
        <message>
            <source>The saved mapping does not fit this file ({reason}); map the columns again.</source>
            <translation>La mappatura salvata non corrisponde a questo file ({reason}); associa di nuovo le colonne.</translation>
        </message>
        <message>
            <source>column {column}: {message}</source>
            <translation>colonna {column}: {message}</translation>
        </message>
        <message>
            <source>“{answer}” is not a role; say which role it means in the wizard (mentor, mentee or both).</source>
            <translation>“{answer}” non è un ruolo; indica nella procedura guidata a quale ruolo corrisponde (mentor, mentee o entrambi).</translation>
        </message>
        <message>
            <source>“{answer}” is not a number of mentees.</source>
            <translation>“{answer}” non è un numero di mentee.</translation>
        </message>
        <message>
            <source>“{answer}” is not a status (applicant, active or withdrawn).</source>
            <translation>“{answer}” non è uno stato (candidato, attivo o ritirato).</translation>
        </message>
        <message>
            <source>The role is unknown: choose the role of sheet “{sheet}” in the wizard (or --role on the command line).</source>
            <translation>Il ruolo è sconosciuto: scegli il ruolo del foglio “{sheet}” nella procedura guidata (oppure --role dalla riga di comando).</translation>
        </message>
        <message>
            <source>Full name (split into first and last)</source>
            <translation>Nome completo (diviso in nome e cognome)</translation>
        </message>
        <message>
            <source>Capacity (mentees)</source>
            <translation>Capacità (mentee)</translation>
        </message>
        <message>
            <source>Submitted at (newest answer wins)</source>
            <translation>Inviato il (vale la risposta più recente)</translation>
        </message>
        <message>
            <source>“{name}” has no rows to import: the only sheets with data are hidden; in Excel right-click a sheet tab, choose Unhide, and save the file again.</source>
            <translation>“{name}” non ha righe da importare: gli unici fogli con dati sono nascosti; in Excel fai clic con il pulsante destro su una scheda del foglio, scegli Scopri e salva di nuovo il file.</translation>
        </message>
        <message>
            <source>“{name}” has no rows to import; check that you chose the right file and that the roster was saved in it.</source>
            <translation>“{name}” non ha righe da importare; controlla di aver scelto il file giusto e che l'elenco dei partecipanti sia stato salvato al suo interno.</translation>
        </message>
        <message>
            <source>“{name}” is a folder; choose the Excel or CSV file in it.</source>
            <translation>“{name}” è una cartella; scegli il file Excel o CSV al suo interno.</translation>
        </message>
        <message>
            <source>There is no file “{name}” in {folder}; it may have been moved: choose it again.</source>
            <translation>Non c'è nessun file “{name}” in {folder}; potrebbe essere stato spostato: sceglilo di nuovo.</translation>
        </message>
        <message>
            <source>MentorDesk cannot read “{name}” ({reason}); copy it to your Documents folder and import the copy.</source>
            <translation>MentorDesk non può leggere “{name}” ({reason}); copialo nella cartella Documenti e importa la copia.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes); export the roster again and import that file.</source>
            <translation>“{name}” è vuoto (0 byte); esporta di nuovo l'elenco dei partecipanti e importa quel file.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not an Excel workbook or a CSV file; open the roster in the program that made it and save it as an Excel workbook (.xlsx) or as CSV.</source>
            <translation>“{name}” è {what}, non una cartella di lavoro Excel o un file CSV; apri l'elenco dei partecipanti nell'applicazione che l'ha creato e salvalo come cartella di lavoro Excel (.xlsx) o come CSV.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a complete workbook; open it in Excel and save it again.</source>
            <translation>“{name}” è danneggiato o non è una cartella di lavoro completa; aprilo in Excel e salvalo di nuovo.</translation>
        </message>
        <message>
            <source>“{name}” is protected with a password; open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook) and save a copy.</source>
            <translation>“{name}” è protetto da password; aprilo in Excel, rimuovi la password (File ▸ Informazioni ▸ Proteggi cartella di lavoro) e salvane una copia.</translation>
        </message>
        <message>
            <source>a zip archive or another kind of document</source>
            <translation>un archivio zip o un altro tipo di documento</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as CSV near line {line} ({detail}); open it in a text editor, close the quotation mark left open and save it again.</source>
            <translation>“{name}” non può essere letto come CSV vicino alla riga {line} ({detail}); aprilo in un editor di testo, chiudi le virgolette rimaste aperte e salvalo di nuovo.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>un documento PDF</translation>
        </message>
        <message>
            <source>a picture or another binary file</source>
            <translation>un'immagine o un altro file binario</translation>
        </message>
        <message>
            <source>a web page or an XML file</source>
            <translation>una pagina web o un file XML</translation>
        </message>
        <message>
            <source>a binary file</source>
            <translation>un file binario</translation>
        </message>
        <message>
            <source>Sign-up</source>
            <translation>Iscrizione</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Istruzioni</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Elenchi</translation>
        </message>
        <message>
            <source>Type the date you agreed to take part, for example 2026-01-31.</source>
            <translation>Scrivi la data in cui hai accettato di partecipare, ad esempio 2026-01-31.</translation>
        </message>
        <message>
            <source>Type a whole number: how many people you can mentor (0 if none).</source>
            <translation>Scrivi un numero intero: quante persone puoi seguire come mentor (0 se nessuna).</translation>
        </message>
        <message>
            <source>Check this value</source>
            <translation>Controlla questo valore</translation>
        </message>
        <message>
            <source>Choose a value from the drop-down list.</source>
            <translation>Scegli un valore dall'elenco a discesa.</translation>
        </message>
        <message>
            <source>Pick a skill from the list, or type several separated by “;”.</source>
            <translation>Scegli una competenza dall'elenco o scrivine più di una separate da “;”.</translation>
        </message>
        <message>
            <source>Sign-up for {program}</source>
            <translation>Iscrizione a {program}</translation>
        </message>
        <message>
            <source>The program runs from {start} to {end}.</source>
            <translation>Il programma si svolge dal {start} al {end}.</translation>
        </message>
        <message>
            <source>Fill in the “{sheet}” sheet: one row per person, from row 2 down.</source>
            <translation>Compila il foglio “{sheet}”: una riga per persona, dalla riga 2 in giù.</translation>
        </message>
        <message>
            <source>Leave the header row as it is; first name and last name are needed for everyone.</source>
            <translation>Lascia la riga d'intestazione così com'è; nome e cognome sono obbligatori per tutti.</translation>
        </message>
        <message>
            <source>Role: choose one from the drop-down list ({roles}).</source>
            <translation>Ruolo: scegline uno dall'elenco a discesa ({roles}).</translation>
        </message>
        <message>
            <source>Career level: choose one from the drop-down list ({levels}).</source>
            <translation>Livello di carriera: scegline uno dall'elenco a discesa ({levels}).</translation>
        </message>
        <message>
            <source>Skills offered, Skills wanted, Interests, Languages and Availability can hold several values separated by “;”, for example “Python; Public speaking”.</source>
            <translation>Competenze offerte, Competenze richieste, Interessi, Lingue e Disponibilità possono contenere più valori separati da “;”, ad esempio “Python; Parlare in pubblico”.</translation>
        </message>
        <message>
            <source>Capacity: how many people a mentor can take on, as a whole number (0 for mentees).</source>
            <translation>Capacità: quante persone un mentor può seguire, come numero intero (0 per i mentee).</translation>
        </message>
        <message>
            <source>Consent date: the date the person agreed to take part, for example 2026-01-31.</source>
            <translation>Data del consenso: la data in cui la persona ha accettato di partecipare, ad esempio 2026-01-31.</translation>
        </message>
        <message>
            <source>Save the file and send it back to the program coordinator.</source>
            <translation>Salva il file e rimandalo al coordinatore del programma.</translation>
        </message>
        <message>
            <source>“{name}” was saved by an older MentorDesk and must be updated before it can be read; open it normally.</source>
            <translation>“{name}” è stato salvato da una versione precedente di MentorDesk e deve essere aggiornato prima di poter essere letto; aprilo normalmente.</translation>
        </message>
        <message>
            <source>This program is open read-only; changes cannot be saved.</source>
            <translation>Questo programma è aperto in sola lettura; non è possibile salvare le modifiche.</translation>
        </message>
        <message>
            <source>Choose another name: this is the file that is open.</source>
            <translation>Scegli un altro nome: questo è il file aperto.</translation>
        </message>
        <message>
            <source>The copy could not be written to {path} ({reason}). Nothing was changed; choose another folder or free some disk space.</source>
            <translation>Impossibile scrivere la copia in {path} ({reason}). Non è stato modificato nulla; scegli un'altra cartella o libera spazio su disco.</translation>
        </message>
        <message>
            <source>Pair {id}</source>
            <translation>Coppia {id}</translation>
        </message>
        <message>
            <source>{first} &amp; {last}</source>
            <translation>{first} &amp; {last}</translation>
        </message>
        <message>
            <source>Enter a title for the goal.</source>
            <translation>Inserisci un titolo per l'obiettivo.</translation>
        </message>
        <message>
            <source>The target date cannot be before the pair started.</source>
            <translation>La data prevista non può essere anteriore all'inizio della coppia.</translation>
        </message>
        <message>
            <source>A goal can only belong to a member of its pair.</source>
            <translation>Un obiettivo può appartenere solo a un membro della sua coppia.</translation>
        </message>
        <message>
            <source>A goal cannot be completed before the pair started.</source>
            <translation>Un obiettivo non può essere completato prima dell'inizio della coppia.</translation>
        </message>
        <message>
            <source>A goal cannot be completed in the future.</source>
            <translation>Un obiettivo non può essere completato in una data futura.</translation>
        </message>
        <message>
            <source>Describe the step.</source>
            <translation>Descrivi il passo.</translation>
        </message>
        <message>
            <source>The due date cannot be before the pair started.</source>
            <translation>La scadenza non può essere anteriore all'inizio della coppia.</translation>
        </message>
        <message>
            <source>A session that was held or missed cannot be in the future; mark it cancelled or change the date.</source>
            <translation>Un incontro svolto o mancato non può essere nel futuro; segnalalo come annullato o cambia la data.</translation>
        </message>
        <message>
            <source>The session cannot be before the pair started.</source>
            <translation>L'incontro non può essere anteriore all'inizio della coppia.</translation>
        </message>
        <message>
            <source>The duration cannot be negative.</source>
            <translation>La durata non può essere negativa.</translation>
        </message>
        <message>
            <source>Only members of the pair or group can attend its sessions.</source>
            <translation>Solo i membri della coppia o del gruppo possono partecipare ai suoi incontri.</translation>
        </message>
        <message>
            <source>Say when the step was done.</source>
            <translation>Indica quando è stato completato il passo.</translation>
        </message>
        <message>
            <source>A step cannot be done before the pair started.</source>
            <translation>Un passo non può essere completato prima dell'inizio della coppia.</translation>
        </message>
        <message>
            <source>A follow-up must belong to a goal of this pair.</source>
            <translation>Un passo di follow-up deve appartenere a un obiettivo di questa coppia.</translation>
        </message>
        <message>
            <source>A {old} pair cannot become {new}.</source>
            <translation>Una coppia {old} non può diventare {new}.</translation>
        </message>
        <message>
            <source>Say why the pair is closing.</source>
            <translation>Indica perché la coppia viene chiusa.</translation>
        </message>
        <message>
            <source>This pair cannot be reopened: it no longer has both a mentor and a mentee (a group, two people). Make a new pair on the Matching board.</source>
            <translation>Questa coppia non può essere riaperta: non ha più sia un mentor sia un mentee (per un gruppo, due persone). Crea una nuova coppia nella pagina Abbinamento.</translation>
        </message>
        <message>
            <source>The date cannot be before the pair started.</source>
            <translation>La data non può essere anteriore all'inizio della coppia.</translation>
        </message>
        <message>
            <source>The date cannot be before the pair's last change.</source>
            <translation>La data non può essere anteriore all'ultima modifica della coppia.</translation>
        </message>
        <message>
            <source>The resource chosen for it is no longer in the library.</source>
            <translation>La risorsa collegata non è più nella biblioteca delle risorse.</translation>
        </message>
        <message>
            <source>Attendance can only be given to participants of the program (unknown: {ids}).</source>
            <translation>La presenza può essere registrata solo per i partecipanti del programma (sconosciuti: {ids}).</translation>
        </message>
        <message>
            <source>Keep at least one question.</source>
            <translation>Mantieni almeno una domanda.</translation>
        </message>
        <message>
            <source>Write the question.</source>
            <translation>Scrivi la domanda.</translation>
        </message>
        <message>
            <source>The key “{key}” may only hold lowercase letters, digits and “_” (1 to 40).</source>
            <translation>La chiave “{key}” può contenere solo lettere minuscole, cifre e “_” (da 1 a 40).</translation>
        </message>
        <message>
            <source>Two questions have the key “{key}”.</source>
            <translation>Due domande hanno la chiave “{key}”.</translation>
        </message>
        <message>
            <source>The answer must be text.</source>
            <translation>La risposta deve essere un testo.</translation>
        </message>
        <message>
            <source>The answer must be a whole number from {low} to {high}.</source>
            <translation>La risposta deve essere un numero intero da {low} a {high}.</translation>
        </message>
        <message>
            <source>{value} is not between {low} and {high}.</source>
            <translation>{value} non è compreso tra {low} e {high}.</translation>
        </message>
        <message>
            <source>Choose who answered.</source>
            <translation>Scegli chi ha risposto.</translation>
        </message>
        <message>
            <source>Name the round, for example “Midpoint”.</source>
            <translation>Dai un nome alla rilevazione, ad esempio “Metà percorso”.</translation>
        </message>
        <message>
            <source>Answers cannot be dated in the future.</source>
            <translation>Le risposte non possono avere una data futura.</translation>
        </message>
        <message>
            <source>The answers can only be about a pair of this person.</source>
            <translation>Le risposte possono riguardare solo una coppia di questa persona.</translation>
        </message>
        <message>
            <source>There is no question “{key}”.</source>
            <translation>Non esiste la domanda “{key}”.</translation>
        </message>
        <message>
            <source>This question is not put to a {role}.</source>
            <translation>Questa domanda non è rivolta a un {role}.</translation>
        </message>
        <message>
            <source>Nothing was answered.</source>
            <translation>Non è stata data alcuna risposta.</translation>
        </message>
        <message>
            <source>Date (or submitted at)</source>
            <translation>Data (o data di invio)</translation>
        </message>
        <message>
            <source>Answer: {question}</source>
            <translation>Risposta: {question}</translation>
        </message>
        <message>
            <source>Choose the column with the e-mail addresses.</source>
            <translation>Scegli la colonna con gli indirizzi e-mail.</translation>
        </message>
        <message>
            <source>Choose the round of these answers, or the column that names it.</source>
            <translation>Scegli la rilevazione di queste risposte o la colonna che la indica.</translation>
        </message>
        <message>
            <source>Choose at least one column with answers.</source>
            <translation>Scegli almeno una colonna con risposte.</translation>
        </message>
        <message>
            <source>{new} to import, {skipped} already in the program, {rejected} rejected</source>
            <translation>da importare: {new}, già nel programma: {skipped}, rifiutate: {rejected}</translation>
        </message>
        <message>
            <source>No round.</source>
            <translation>Nessuna rilevazione.</translation>
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation>“{text}” non è una data.</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>La data {date} è nel futuro.</translation>
        </message>
        <message>
            <source>“{text}”: {problem}</source>
            <translation>“{text}”: {problem}</translation>
        </message>
        <message>
            <source>Already answered round “{round}” on {date}; left as it is.</source>
            <translation>Ha già risposto alla rilevazione “{round}” il {date}; lasciato invariato.</translation>
        </message>
        <message>
            <source>Newer answers of the same person to this round (row {row}) are imported instead.</source>
            <translation>Vengono importate invece le risposte più recenti della stessa persona a questa rilevazione (riga {row}).</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Risposte</translation>
        </message>
        <message>
            <source>Type the date of the answers, for example 2026-01-31.</source>
            <translation>Scrivi la data delle risposte, ad esempio 2026-01-31.</translation>
        </message>
        <message>
            <source>Type a whole number from {low} to {high}.</source>
            <translation>Scrivi un numero intero da {low} a {high}.</translation>
        </message>
        <message>
            <source>0 = not at all likely, 10 = extremely likely</source>
            <translation>0 = per niente probabile, 10 = estremamente probabile</translation>
        </message>
        <message>
            <source>1 = not at all, 5 = very much</source>
            <translation>1 = per niente, 5 = moltissimo</translation>
        </message>
        <message>
            <source>Feedback survey: {program}</source>
            <translation>Questionario di feedback: {program}</translation>
        </message>
        <message>
            <source>Fill in the “{sheet}” sheet: one row per person.</source>
            <translation>Compila il foglio “{sheet}”: una riga per persona.</translation>
        </message>
        <message>
            <source>Leave the header row, names and e-mail addresses as they are: answers are matched to participants by e-mail.</source>
            <translation>Lascia invariati la riga d'intestazione, i nomi e gli indirizzi e-mail: le risposte vengono associate ai partecipanti tramite l'e-mail.</translation>
        </message>
        <message>
            <source>Round: choose one from the drop-down list, or type another. Date: the day of the answers, for example 2026-01-31.</source>
            <translation>Rilevazione: scegline una dall'elenco a discesa o scrivine un'altra. Data: il giorno delle risposte, ad esempio 2026-01-31.</translation>
        </message>
        <message>
            <source>Grey cells are questions not put to that person; leave them empty.</source>
            <translation>Le celle grigie sono domande non rivolte a quella persona; lasciale vuote.</translation>
        </message>
        <message>
            <source>The questions:</source>
            <translation>Le domande:</translation>
        </message>
        <message>
            <source>Save the file and send it back to the program coordinator, who imports it with Feedback ▸ Import Survey Export.</source>
            <translation>Salva il file e rimandalo al coordinatore del programma, che lo importerà con Feedback ▸ Importa risposte del questionario.</translation>
        </message>
        <message>
            <source>Rating 1 to 5</source>
            <translation>Valutazione da 1 a 5</translation>
        </message>
        <message>
            <source>Likelihood to recommend, 0 to 10</source>
            <translation>Probabilità di raccomandare, da 0 a 10</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Testo libero</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Primo mese</translation>
        </message>
        <message>
            <source>Midpoint</source>
            <translation>Metà percorso</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Chiusura</translation>
        </message>
        <message>
            <source>How useful is the program for your growth?</source>
            <translation>Quanto è utile il programma per la tua crescita?</translation>
        </message>
        <message>
            <source>How supported do you feel by your mentor?</source>
            <translation>Quanto sostegno ricevi dal tuo mentor?</translation>
        </message>
        <message>
            <source>How likely are you to recommend the program to a colleague?</source>
            <translation>Quanto è probabile che tu raccomandi il programma a un collega?</translation>
        </message>
        <message>
            <source>How well does your mentee use the opportunities the program offers?</source>
            <translation>Quanto bene il tuo mentee sfrutta le opportunità offerte dal programma?</translation>
        </message>
        <message>
            <source>How much have you gained yourself from mentoring?</source>
            <translation>Quanto ti ha arricchito personalmente fare da mentor?</translation>
        </message>
        <message>
            <source>No recent session</source>
            <translation>Nessun incontro recente</translation>
        </message>
        <message>
            <source>Check-in due</source>
            <translation>Check-in da fare</translation>
        </message>
        <message>
            <source>Goal off track</source>
            <translation>Obiettivo in difficoltà</translation>
        </message>
        <message>
            <source>Action step due</source>
            <translation>Passo in scadenza</translation>
        </message>
        <message>
            <source>No goal yet</source>
            <translation>Ancora nessun obiettivo</translation>
        </message>
        <message>
            <source>Ending</source>
            <translation>In chiusura</translation>
        </message>
        <message>
            <source>Not yet confirmed</source>
            <translation>Non ancora confermata</translation>
        </message>
        <message>
            <source>Check expiring</source>
            <translation>Verifica in scadenza</translation>
        </message>
        <message>
            <source>No goal yet, {days} after starting</source>
            <translation>Ancora nessun obiettivo, {days} dopo l'inizio</translation>
        </message>
        <message>
            <source>Planned to end {when}</source>
            <translation>Fine prevista {when}</translation>
        </message>
        <message>
            <source>Its end date passed {ago}; close the pair or move its end date</source>
            <translation>La data di fine è scaduta {ago}; chiudi la coppia o sposta la data di fine</translation>
        </message>
        <message>
            <source>“{step}” ({owner}), for the goal “{goal}”: {due}</source>
            <translation>“{step}” ({owner}), per l'obiettivo “{goal}”: {due}</translation>
        </message>
        <message>
            <source>Goal “{title}” is off track</source>
            <translation>L'obiettivo “{title}” è in difficoltà</translation>
        </message>
        <message>
            <source>{text}; its target date is {when}</source>
            <translation>{text}; data prevista: {when}</translation>
        </message>
        <message>
            <source>Goal “{title}” is not completed and its target date passed {ago}</source>
            <translation>L'obiettivo “{title}” non è completato e la data prevista è scaduta {ago}</translation>
        </message>
        <message>
            <source>The program ends {when}</source>
            <translation>Il programma termina {when}</translation>
        </message>
        <message>
            <source>1 pair is still running</source>
            <translation>1 coppia è ancora in corso</translation>
        </message>
        <message>
            <source>{n} pairs are still running</source>
            <translation>{n} coppie sono ancora in corso</translation>
        </message>
        <message>
            <source>The program ended {ago}; {still}</source>
            <translation>Il programma è terminato {ago}; {still}</translation>
        </message>
        <message>
            <source>{item} expired {ago}; renew it before {name} is matched again</source>
            <translation>{item}: scadenza {ago}; da rinnovare prima di abbinare di nuovo {name}</translation>
        </message>
        <message>
            <source>{item} expires {when}</source>
            <translation>{item}: scadenza {when}</translation>
        </message>
        <message>
            <source>Proposed {ago}, not yet confirmed</source>
            <translation>Proposta {ago}, non ancora confermata</translation>
        </message>
        <message>
            <source>Proposed, not yet confirmed</source>
            <translation>Proposta, non ancora confermata</translation>
        </message>
        <message>
            <source>Enter a first name.</source>
            <translation>Inserisci un nome.</translation>
        </message>
        <message>
            <source>Enter a last name.</source>
            <translation>Inserisci un cognome.</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address (like name@example.org).</source>
            <translation>Questo non è un indirizzo e-mail valido (ad esempio nome@example.org).</translation>
        </message>
        <message>
            <source>Another participant already has this e-mail address.</source>
            <translation>Un altro partecipante ha già questo indirizzo e-mail.</translation>
        </message>
        <message>
            <source>Capacity cannot be negative.</source>
            <translation>La capacità non può essere negativa.</translation>
        </message>
        <message>
            <source>Enter a name for the program.</source>
            <translation>Inserisci un nome per il programma.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La data di fine è precedente alla data di inizio.</translation>
        </message>
        <message>
            <source>Meetings must be expected at least every day (1 or more).</source>
            <translation>L'intervallo previsto tra gli incontri deve essere di almeno un giorno (1 o più).</translation>
        </message>
        <message>
            <source>The grace period cannot be negative.</source>
            <translation>Il periodo di tolleranza non può essere negativo.</translation>
        </message>
        <message>
            <source>Check-ins must be due at least a day apart (1 or more).</source>
            <translation>I check-in devono essere distanziati di almeno un giorno (1 o più).</translation>
        </message>
        <message>
            <source>The check-ins of the first month cannot be negative.</source>
            <translation>Il numero di check-in del primo mese non può essere negativo.</translation>
        </message>
        <message>
            <source>A career level has no name.</source>
            <translation>Un livello di carriera non ha nome.</translation>
        </message>
        <message>
            <source>Each career level must have a different name.</source>
            <translation>Ogni livello di carriera deve avere un nome diverso.</translation>
        </message>
    </context>
    <context>
        <name>pair status</name>
        <message>
            <source>Proposed</source>
            <translation>Proposta</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Attiva</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>In pausa</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Chiusa</translation>
        </message>
    </context>
    <context>
        <name>pair_commands</name>
        <message>
            <source>Start pair</source>
            <translation>Avvia la coppia</translation>
        </message>
        <message>
            <source>Resume pair</source>
            <translation>Riprendi la coppia</translation>
        </message>
        <message>
            <source>Reopen pair</source>
            <translation>Riapri la coppia</translation>
        </message>
        <message>
            <source>Pause pair</source>
            <translation>Metti in pausa la coppia</translation>
        </message>
        <message>
            <source>Close pair</source>
            <translation>Chiudi la coppia</translation>
        </message>
        <message>
            <source>Edit agreement and meeting plan</source>
            <translation>Modifica accordo e piano degli incontri</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>MentorDesk programs (*.mentordesk)</source>
            <translation>Programmi MentorDesk (*.mentordesk)</translation>
        </message>
        <message>
            <source>Open program</source>
            <translation>Apri programma</translation>
        </message>
    </context>
    <context>
        <name>resource_commands</name>
        <message>
            <source>Add resource</source>
            <translation>Aggiungi risorsa</translation>
        </message>
        <message>
            <source>Edit resource</source>
            <translation>Modifica risorsa</translation>
        </message>
        <message>
            <source>Delete resource</source>
            <translation>Elimina risorsa</translation>
        </message>
        <message>
            <source>Add workshop or training</source>
            <translation>Aggiungi workshop o formazione</translation>
        </message>
        <message>
            <source>Edit workshop or training</source>
            <translation>Modifica workshop o formazione</translation>
        </message>
        <message>
            <source>Delete workshop or training</source>
            <translation>Elimina workshop o formazione</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Registra presenze</translation>
        </message>
    </context>
    <context>
        <name>today_commands</name>
        <message>
            <source>Log check-in</source>
            <translation>Registra check-in</translation>
        </message>
        <message>
            <source>Mark step done</source>
            <translation>Segna passo come fatto</translation>
        </message>
    </context>
</TS>
