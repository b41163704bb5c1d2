<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>File: %1 (%2)</source>
            <translation>Файл: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>AnswersDialog</name>
        <message>
            <source>Edit Answers</source>
            <translation>Редактиране на отговори</translation>
        </message>
        <message>
            <source>Add Answers</source>
            <translation>Добавяне на отговори</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Отговори</translation>
        </message>
        <message>
            <source>What they wrote in their own words (optional)</source>
            <translation>Коментар със собствени думи (по избор)</translation>
        </message>
        <message>
            <source>&amp;Who answered:</source>
            <translation>&amp;Кой е отговорил:</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Етап:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>Ко&amp;ментар:</translation>
        </message>
        <message>
            <source>No question is put to this person.</source>
            <translation>На това лице не се задават въпроси.</translation>
        </message>
        <message>
            <source>There is nobody to ask yet.</source>
            <translation>Все още няма кого да попитате.</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign %1</source>
            <translation>Разпределяне на %1</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Филтър…</translation>
        </message>
        <message>
            <source>Back to the unmatched</source>
            <translation>Обратно при несъчетаните</translation>
        </message>
        <message>
            <source>(full)</source>
            <translation>(няма места)</translation>
        </message>
        <message>
            <source>A new group</source>
            <translation>Нова група</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance: %1</source>
            <translation>Присъствие: %1</translation>
        </message>
        <message>
            <source>Find a name…</source>
            <translation>Търсене на име…</translation>
        </message>
        <message>
            <source>Not in this workshop's audience</source>
            <translation>Не е от целевата група на това обучение</translation>
        </message>
        <message>
            <source>&amp;Tick All Shown</source>
            <translation>&amp;Отметване на всички показани</translation>
        </message>
        <message>
            <source>&amp;Untick All Shown</source>
            <translation>&amp;Премахване на отметките от показаните</translation>
        </message>
        <message>
            <source>Save Attendance</source>
            <translation>Запазване на присъствието</translation>
        </message>
        <message>
            <source>%n attended</source>
            <translation>Присъствали: %n</translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Came</source>
            <translation>Присъства</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Не присъства</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Отхвърлено</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ред</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Какво ще стане</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>E-mail or name in the file</source>
            <translation>E-mail или име във файла</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Restore from Backup</source>
            <translation>Възстановяване от резервно копие</translation>
        </message>
        <message>
            <source>MentorDesk keeps a copy of “%1” when it opens it, one per hour at most, and keeps the last %2. Restoring one replaces the whole program in the file; the program as it is now is kept as another backup first.</source>
            <translation>MentorDesk пази копие на „%1“ при всяко отваряне, най-много по едно на час, и съхранява последните %2. Възстановяването на копие заменя цялата програма във файла; преди това текущото състояние на програмата се запазва като още едно резервно копие.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Създадено</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участници</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Двойки</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Бележка</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Възстановяване…</translation>
        </message>
        <message>
            <source>damaged or unreadable; cannot be restored</source>
            <translation>повредено или нечетимо; не може да бъде възстановено</translation>
        </message>
        <message>
            <source>kept before a restore</source>
            <translation>запазено преди възстановяване</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Find a person, department or skill…</source>
            <translation>Търсене на човек, отдел или умение…</translation>
        </message>
        <message>
            <source>&amp;Auto-match the Rest</source>
            <translation>&amp;Автоматично съчетаване на останалите</translation>
        </message>
        <message>
            <source>Propose the best pairs for everyone unmatched; your placements stay.</source>
            <translation>Предлага най-добрите двойки за всички несъчетани; вашите ръчни разпределения остават.</translation>
        </message>
        <message>
            <source>Next &amp;Round</source>
            <translation>Следващ &amp;кръг</translation>
        </message>
        <message>
            <source>Close this round's groups and propose new ones where nobody meets again.</source>
            <translation>Приключва групите от този кръг и предлага нови, в които никой не се среща отново със същите хора.</translation>
        </message>
        <message>
            <source>&amp;Confirm Proposals</source>
            <translation>&amp;Потвърждаване на предложенията</translation>
        </message>
        <message>
            <source>Make every proposed pair active from today.</source>
            <translation>Прави всички предложени двойки активни от днес.</translation>
        </message>
        <message>
            <source>C&amp;lear Proposals</source>
            <translation>&amp;Изчистване на предложенията</translation>
        </message>
        <message>
            <source>Return every unlocked proposal to the unmatched.</source>
            <translation>Връща всички незаключени предложения при несъчетаните.</translation>
        </message>
        <message>
            <source>Matching &amp;Settings…</source>
            <translation>Настройки за &amp;съчетаване…</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Несъчетани</translation>
        </message>
        <message>
            <source>&amp;Assign to…</source>
            <translation>&amp;Разпределяне към…</translation>
        </message>
        <message>
            <source>Return to &amp;Unmatched</source>
            <translation>Връщане при &amp;несъчетаните</translation>
        </message>
        <message>
            <source>&amp;Lock or Unlock</source>
            <translation>&amp;Заключване или отключване</translation>
        </message>
        <message>
            <source>&amp;Never Pair These Two</source>
            <translation>Никога да не се &amp;съчетават тези двама</translation>
        </message>
        <message>
            <source>Mark as &amp;Preferred Partner</source>
            <translation>Отбелязване като &amp;предпочитан партньор</translation>
        </message>
        <message>
            <source>&amp;Not in a group (%1)</source>
            <translation>&amp;Без група (%1)</translation>
        </message>
        <message>
            <source>&amp;Groups (%1)</source>
            <translation>&amp;Групи (%1)</translation>
        </message>
        <message>
            <source> · round %1</source>
            <translation> · кръг %1</translation>
        </message>
        <message>
            <source>&amp;Unmatched mentees (%1)</source>
            <translation>&amp;Несъчетани менти (%1)</translation>
        </message>
        <message>
            <source>&amp;Mentors (%1) · %2 places left</source>
            <translation>&amp;Ментори (%1) · свободни места: %2</translation>
        </message>
        <message>
            <source>drag a card onto a group, or select it and press Enter</source>
            <translation>плъзнете карта върху група или я изберете и натиснете Enter</translation>
        </message>
        <message>
            <source>drag a card onto a mentor, or select it and press Enter</source>
            <translation>плъзнете карта върху ментор или я изберете и натиснете Enter</translation>
        </message>
        <message>
            <source>%n proposal to confirm</source>
            <translation>%n предложение за потвърждаване</translation>
        </message>
        <message>
            <source>%n proposals to confirm</source>
            <translation>%n предложения за потвърждаване</translation>
        </message>
        <message>
            <source>Not an eligible pair</source>
            <translation>Недопустима двойка</translation>
        </message>
        <message>
            <source>%1

Pair them anyway? The rule stays for everyone else.</source>
            <translation>%1

Да бъдат ли съчетани въпреки това? Правилото остава в сила за всички останали.</translation>
        </message>
        <message>
            <source>Pair Anyway</source>
            <translation>Съчетаване въпреки това</translation>
        </message>
        <message>
            <source>Nobody more can be matched: hover over a card to see why.</source>
            <translation>Никой друг не може да бъде съчетан: задръжте мишката върху карта, за да видите защо.</translation>
        </message>
        <message>
            <source>Everyone has met everyone they can: no new round is possible.</source>
            <translation>Всеки вече се е срещнал с всички възможни хора: нов кръг не е възможен.</translation>
        </message>
        <message>
            <source>Only proposals can be locked; this pair is already confirmed.</source>
            <translation>Само предложенията могат да се заключват; тази двойка вече е потвърдена.</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Calendar</source>
            <translation>Календар</translation>
        </message>
        <message>
            <source>E&amp;xport Calendar (.ics)…</source>
            <translation>&amp;Експортиране на календара (.ics)…</translation>
        </message>
        <message>
            <source>Save every active pair's meeting plan to a file that Outlook, Google Calendar and Thunderbird open. Only names and plans are written, never notes.</source>
            <translation>Запазва графика на срещите на всяка активна двойка във файл, който Outlook, Google Calendar и Thunderbird могат да отворят. Записват се само имена и графици, никога бележки.</translation>
        </message>
        <message>
            <source>Go to the Pai&amp;rs Page</source>
            <translation>Към страницата „Дво&amp;йки“</translation>
        </message>
        <message>
            <source>Monthly, the last %1</source>
            <translation>Месечно, %1 от последната седмица на месеца</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>първата</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>втората</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>третата</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>четвъртата</translation>
        </message>
        <message>
            <source>Monthly, the %1 %2</source>
            <translation>Месечно, %2 от %1 седмица на месеца</translation>
        </message>
        <message>
            <source>Open pair</source>
            <translation>Отваряне на двойката</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Тази седмица</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Следващата седмица</translation>
        </message>
        <message>
            <source>In %1 weeks</source>
            <translation>След %1 седмици</translation>
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
            <translation>от %1 до %2</translation>
        </message>
        <message>
            <source>%n active pair has no meeting plan yet.</source>
            <translation>%n активна двойка все още няма график на срещите.</translation>
        </message>
        <message>
            <source>%n active pairs have no meeting plan yet.</source>
            <translation>%n активни двойки все още нямат график на срещите.</translation>
        </message>
        <message>
            <source>%1 of %2 %3.</source>
            <translation>%1 на %2 %3.</translation>
        </message>
        <message>
            <source>%n meeting</source>
            <translation>%n среща</translation>
        </message>
        <message>
            <source>%n meetings</source>
            <translation>%n срещи</translation>
        </message>
        <message>
            <source>%n pair</source>
            <translation>%n двойка</translation>
        </message>
        <message>
            <source>%n pairs</source>
            <translation>%n двойки</translation>
        </message>
        <message>
            <source>No meetings %1.</source>
            <translation>Няма срещи %1.</translation>
        </message>
        <message>
            <source>The one pair with a meeting plan does not meet in these four weeks: it starts later, or it or the program ends before.</source>
            <translation>Единствената двойка с график на срещите няма срещи през тези четири седмици: започва по-късно или тя или програмата приключват преди това.</translation>
        </message>
        <message>
            <source>None of the %n pairs with a meeting plan meets in these four weeks: they start later, or they or the program end before.</source>
            <translation>Нито една от %n-те двойки с график на срещите няма срещи през тези четири седмици: започват по-късно или те или програмата приключват преди това.</translation>
        </message>
        <message>
            <source>No active pair has a meeting plan with a day and a time, so no meetings are planned. Set one in a pair's agreement on the Pairs page: weekly, every two weeks or monthly, with the day and the time.</source>
            <translation>Никоя активна двойка няма график на срещите с ден и час, затова няма планирани срещи. Задайте график в споразумението на двойката на страницата „Двойки“: седмично, през две седмици или месечно, с ден и час.</translation>
        </message>
        <message>
            <source>%1 calendar</source>
            <translation>Календар %1</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Експортиране на календара</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Файлове с календари (*.ics)</translation>
        </message>
        <message>
            <source>Calendar not exported</source>
            <translation>Календарът не е експортиран</translation>
        </message>
        <message>
            <source>Saved %n pair's meeting plan to %1</source>
            <translation>Графикът на срещите на %n двойка е запазен в %1</translation>
        </message>
        <message>
            <source>Saved %n pairs' meeting plans to %1</source>
            <translation>Графиците на срещите на %n двойки са запазени в %1</translation>
        </message>
    </context>
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Certificate of recognition</source>
            <translation>Сертификат за признание</translation>
        </message>
        <message>
            <source>&amp;Mentor:</source>
            <translation>&amp;Ментор:</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Запазване като PDF…</translation>
        </message>
        <message>
            <source>No one has mentored a pair or group yet.</source>
            <translation>Все още никой не е бил ментор на двойка или група.</translation>
        </message>
        <message>
            <source>Certificate %1.pdf</source>
            <translation>Сертификат %1.pdf</translation>
        </message>
        <message>
            <source>Save certificate</source>
            <translation>Запазване на сертификата</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF документи (*.pdf)</translation>
        </message>
        <message>
            <source>Certificate not saved</source>
            <translation>Сертификатът не е запазен</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Save as…</source>
            <translation>Запазване като…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG or SVG picture</source>
            <translation>Запазване на тази диаграма като PNG или SVG изображение</translation>
        </message>
        <message>
            <source>Save %1 as a picture</source>
            <translation>Запазване на %1 като изображение</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <source>%1: %2 — click to list them</source>
            <translation>%1: %2 — щракнете, за да ги видите</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Log check-in</source>
            <translation>Записване на проверка</translation>
        </message>
        <message>
            <source>Your contact with &lt;b&gt;%1&lt;/b&gt;: note what they told you, so you can show the pair was supported.</source>
            <translation>Вашият контакт с &lt;b&gt;%1&lt;/b&gt;: запишете какво са ви казали, за да можете да покажете, че двойката е получила подкрепа.</translation>
        </message>
        <message>
            <source>The whole group</source>
            <translation>Цялата група</translation>
        </message>
        <message>
            <source>Both of them</source>
            <translation>И двамата</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>Само %1</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>Не е питано</translation>
        </message>
        <message>
            <source>How many times they met since your last check-in.</source>
            <translation>Колко пъти са се срещнали след последната проверка.</translation>
        </message>
        <message>
            <source>e.g. Practised the quarterly review</source>
            <translation>напр. Упражниха тримесечния преглед</translation>
        </message>
        <message>
            <source>1 – Not working</source>
            <translation>1 – Не върви</translation>
        </message>
        <message>
            <source>2 – Difficult</source>
            <translation>2 – Трудно</translation>
        </message>
        <message>
            <source>3 – All right</source>
            <translation>3 – Нормално</translation>
        </message>
        <message>
            <source>4 – Good</source>
            <translation>4 – Добре</translation>
        </message>
        <message>
            <source>5 – Very good</source>
            <translation>5 – Много добре</translation>
        </message>
        <message>
            <source>Leave empty when there is none</source>
            <translation>Оставете празно, ако няма</translation>
        </message>
        <message>
            <source>Con&amp;fidential: hide the notes and concern</source>
            <translation>По&amp;верително: скриване на бележките и притесненията</translation>
        </message>
        <message>
            <source>Shown only after an explicit click, and left out of exports and reports unless you ask for them.</source>
            <translation>Показват се само след изрично щракване и не се включват в експортите и отчетите, освен ако не ги поискате.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Канал:</translation>
        </message>
        <message>
            <source>&amp;With:</source>
            <translation>&amp;С кого:</translation>
        </message>
        <message>
            <source>Times &amp;met since the last check-in:</source>
            <translation>&amp;Брой срещи след последната проверка:</translation>
        </message>
        <message>
            <source>What they d&amp;id:</source>
            <translation>Какво &amp;направиха:</translation>
        </message>
        <message>
            <source>How the &amp;relationship feels:</source>
            <translation>Как вървят &amp;отношенията:</translation>
        </message>
        <message>
            <source>Any c&amp;oncern:</source>
            <translation>&amp;Притеснения:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Бе&amp;лежки:</translation>
        </message>
        <message>
            <source>Log Check-In</source>
            <translation>Записване на проверка</translation>
        </message>
        <message>
            <source>A check-in cannot be in the future.</source>
            <translation>Проверката не може да е в бъдещето.</translation>
        </message>
    </context>
    <context>
        <name>CheckInsSection</name>
        <message>
            <source>Check-ins</source>
            <translation>Проверки</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>With</source>
            <translation>С кого</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Начин</translation>
        </message>
        <message>
            <source>Answers and notes</source>
            <translation>Отговори и бележки</translation>
        </message>
        <message>
            <source>Log Check-in…</source>
            <translation>Записване на проверка…</translation>
        </message>
        <message>
            <source>Show Notes</source>
            <translation>Показване на бележките</translation>
        </message>
        <message>
            <source>Show the check-in notes marked confidential</source>
            <translation>Показване на бележките от проверки, отбелязани като поверителни</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Двойката</translation>
        </message>
        <message>
            <source>%n check-in</source>
            <translation>%n проверка</translation>
        </message>
        <message>
            <source>%n check-ins</source>
            <translation>%n проверки</translation>
        </message>
        <message>
            <source>Hide Notes</source>
            <translation>Скриване на бележките</translation>
        </message>
        <message>
            <source>met %1×</source>
            <translation>срещи: %1</translation>
        </message>
        <message>
            <source>feels %1/5</source>
            <translation>отношения %1/5</translation>
        </message>
        <message>
            <source>[Confidential, hidden]</source>
            <translation>[Поверително, скрито]</translation>
        </message>
    </context>
    <context>
        <name>ClosePairDialog</name>
        <message>
            <source>Close pair</source>
            <translation>Приключване на двойката</translation>
        </message>
        <message>
            <source>Close &lt;b&gt;%1&lt;/b&gt;. Say why, and note how it ended: what was reached, what to remember next time.</source>
            <translation>Приключване на &lt;b&gt;%1&lt;/b&gt;. Посочете причината и запишете как е завършило: какво е постигнато и какво да се помни следващия път.</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Изберете причина…</translation>
        </message>
        <message>
            <source>e.g. Both goals met; the mentee now leads the team meeting.</source>
            <translation>напр. И двете цели са постигнати; сега менти води екипното събрание.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>Closure &amp;note:</source>
            <translation>&amp;Бележка при приключване:</translation>
        </message>
        <message>
            <source>Closed &amp;on:</source>
            <translation>Приключена &amp;на:</translation>
        </message>
        <message>
            <source>Close Pair</source>
            <translation>Приключване на двойката</translation>
        </message>
        <message>
            <source>Choose why the pair is closing.</source>
            <translation>Изберете защо двойката се приключва.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsModel</name>
        <message>
            <source>Active</source>
            <translation>Активна</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>На пауза</translation>
        </message>
        <message>
            <source>Proposed, locked</source>
            <translation>Предложена, заключена</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Предложена</translation>
        </message>
        <message>
            <source>%1, score %2</source>
            <translation>%1, резултат %2</translation>
        </message>
        <message>
            <source>＋ New group: drop someone here</source>
            <translation>＋ Нова група: пуснете някого тук</translation>
        </message>
        <message>
            <source>%1, %2 places taken</source>
            <translation>%1, заети места: %2</translation>
        </message>
        <message>
            <source>full</source>
            <translation>няма места</translation>
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation>Заети места: %1 от %2</translation>
        </message>
        <message>
            <source>Offers: %1</source>
            <translation>Предлага: %1</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Кръг %1</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Click a bar to list the pairs behind it.</source>
            <translation>Щракнете върху стълбче, за да видите двойките зад него.</translation>
        </message>
        <message>
            <source>Click a bar to list the people behind it.</source>
            <translation>Щракнете върху стълбче, за да видите хората зад него.</translation>
        </message>
        <message>
            <source>Sessions per month</source>
            <translation>Срещи по месеци</translation>
        </message>
        <message>
            <source>Held sessions per month. </source>
            <translation>Проведени срещи по месеци. </translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Проведени срещи</translation>
        </message>
        <message>
            <source>No sessions held in this period yet.</source>
            <translation>Все още няма проведени срещи през този период.</translation>
        </message>
        <message>
            <source>Goal status</source>
            <translation>Състояние на целите</translation>
        </message>
        <message>
            <source>Goals by status. Click a slice to list the pairs with such goals.</source>
            <translation>Цели по състояние. Щракнете върху сектор, за да видите двойките с такива цели.</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>No goals set yet.</source>
            <translation>Все още няма поставени цели.</translation>
        </message>
        <message>
            <source>Satisfaction and NPS per feedback round</source>
            <translation>Удовлетвореност и NPS по етапи на анкетата</translation>
        </message>
        <message>
            <source>Average satisfaction of mentees (bars, 1 to 5) and Net Promoter Score (line, −100 to 100) per round. Click to list who answered.</source>
            <translation>Средна удовлетвореност на менти (стълбчета, от 1 до 5) и Net Promoter Score (линия, от −100 до 100) по етапи. Щракнете, за да видите кой е отговорил.</translation>
        </message>
        <message>
            <source>Satisfaction (1–5)</source>
            <translation>Удовлетвореност (1–5)</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>No feedback in this period yet.</source>
            <translation>Все още няма обратна връзка за този период.</translation>
        </message>
        <message>
            <source>Participation funnel</source>
            <translation>Фуния на участието</translation>
        </message>
        <message>
            <source>Mentees who signed up, were matched, met at least once and completed. </source>
            <translation>Менти, които са се записали, са били съчетани, срещнали са се поне веднъж и са завършили. </translation>
        </message>
        <message>
            <source>People</source>
            <translation>Хора</translation>
        </message>
        <message>
            <source>Nobody has signed up as a mentee yet.</source>
            <translation>Все още никой не се е записал като менти.</translation>
        </message>
        <message>
            <source>Skills wanted and offered</source>
            <translation>Търсени и предлагани умения</translation>
        </message>
        <message>
            <source>Mentees who want each skill and mentors who offer it, the biggest shortfall first: recruit mentors for the skills at the top. </source>
            <translation>Менти, които търсят всяко умение, и ментори, които го предлагат, с най-големия недостиг отгоре: намерете ментори за уменията най-горе. </translation>
        </message>
        <message>
            <source>Wanted by mentees</source>
            <translation>Търсено от менти</translation>
        </message>
        <message>
            <source>Offered by mentors</source>
            <translation>Предлагано от ментори</translation>
        </message>
        <message>
            <source>No skills wanted or offered yet.</source>
            <translation>Все още няма търсени или предлагани умения.</translation>
        </message>
        <message>
            <source>Pairs closed by reason</source>
            <translation>Приключени двойки по причина</translation>
        </message>
        <message>
            <source>Pairs closed in the period, by reason. </source>
            <translation>Двойки, приключени през периода, по причина. </translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Двойки</translation>
        </message>
        <message>
            <source>No pair closed in this period.</source>
            <translation>Няма приключени двойки през този период.</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Табло</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>За цялото време</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Този месец</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Последните 3 месеца</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Тази година</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Избран период</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Период:</translation>
        </message>
        <message>
            <source>This program has no participants yet. Add or import participants: the figures and charts fill in as pairs start, meet, set goals and give feedback.</source>
            <translation>Тази програма още няма участници. Добавете или импортирайте участници: числата и графиките се попълват, докато двойките започват, срещат се, поставят цели и дават обратна връзка.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участници</translation>
        </message>
        <message>
            <source>Match rate</source>
            <translation>Дял на съчетаните</translation>
        </message>
        <message>
            <source>Active pairs</source>
            <translation>Активни двойки</translation>
        </message>
        <message>
            <source>Sessions this month</source>
            <translation>Срещи този месец</translation>
        </message>
        <message>
            <source>Days since last session</source>
            <translation>Дни от последната среща</translation>
        </message>
        <message>
            <source>Goals completed</source>
            <translation>Изпълнени цели</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>Средна удовлетвореност</translation>
        </message>
        <message>
            <source>Net Promoter Score</source>
            <translation>Индекс NPS</translation>
        </message>
        <message>
            <source>Pairs closed</source>
            <translation>Приключени двойки</translation>
        </message>
        <message>
            <source>Sessions, feedback, goals completed and pairs closed: all time.</source>
            <translation>Срещи, обратна връзка, изпълнени цели и приключени двойки: за цялото време.</translation>
        </message>
        <message>
            <source>Sessions, feedback, goals completed and pairs closed from %1 to %2.</source>
            <translation>Срещи, обратна връзка, изпълнени цели и приключени двойки от %1 до %2.</translation>
        </message>
        <message>
            <source>The other figures are the program as it is today.</source>
            <translation>Останалите числа показват програмата към днешна дата.</translation>
        </message>
        <message>
            <source>%1 mentors · %2 mentees · %3 both
%4 applicants · %5 active · %6 withdrawn</source>
            <translation>%1 ментори · %2 менти · %3 в двете роли
%4 кандидати · %5 активни · %6 оттеглили се</translation>
        </message>
        <message>
            <source>%1 of %2 who want a match; %3 waiting</source>
            <translation>%1 от %2, които искат съчетаване; %3 чакат</translation>
        </message>
        <message>
            <source>pairs meeting now (not paused)</source>
            <translation>двойки, които се срещат в момента (не на пауза)</translation>
        </message>
        <message>
            <source>held by %n pair</source>
            <translation>проведени от %n двойка</translation>
        </message>
        <message>
            <source>held by %n pairs</source>
            <translation>проведени от %n двойки</translation>
        </message>
        <message>
            <source>median over %n active pair</source>
            <translation>медиана за %n активна двойка</translation>
        </message>
        <message>
            <source>median over %n active pairs</source>
            <translation>медиана за %n активни двойки</translation>
        </message>
        <message>
            <source>%1 of %2 goals; %3 in the period</source>
            <translation>%1 от %2 цели; %3 за периода</translation>
        </message>
        <message>
            <source>%n mentee answer (1 to 5)</source>
            <translation>%n отговор от менти (от 1 до 5)</translation>
        </message>
        <message>
            <source>%n mentee answers (1 to 5)</source>
            <translation>%n отговора от менти (от 1 до 5)</translation>
        </message>
        <message>
            <source>%1 promoters, %2 passives, %3 detractors</source>
            <translation>%1 промотори, %2 пасивни, %3 критици</translation>
        </message>
        <message>
            <source>none in the period</source>
            <translation>няма за периода</translation>
        </message>
        <message>
            <source>All participants</source>
            <translation>Всички участници</translation>
        </message>
        <message>
            <source>Waiting for a match</source>
            <translation>Чакат съчетаване</translation>
        </message>
        <message>
            <source>Pairs that met this month</source>
            <translation>Двойки със срещи този месец</translation>
        </message>
        <message>
            <source>Pairs with goals completed in the period</source>
            <translation>Двойки с изпълнени цели за периода</translation>
        </message>
        <message>
            <source>Who gave feedback in the period</source>
            <translation>Кой е дал обратна връзка за периода</translation>
        </message>
        <message>
            <source>Pairs closed in the period</source>
            <translation>Приключени двойки за периода</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Запазване на графиката</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG изображение (*.png);;SVG изображение (*.svg)</translation>
        </message>
        <message>
            <source>The chart could not be saved (%1). Choose another folder.</source>
            <translation>Графиката не можа да бъде запазена (%1). Изберете друга папка.</translation>
        </message>
    </context>
    <context>
        <name>DateRow</name>
        <message>
            <source>The pair started on %1.</source>
            <translation>Двойката е започнала на %1.</translation>
        </message>
        <message>
            <source>The date cannot be before the pair started (%1).</source>
            <translation>Датата не може да е преди началото на двойката (%1).</translation>
        </message>
        <message>
            <source>Last change: %1.</source>
            <translation>Последна промяна: %1.</translation>
        </message>
        <message>
            <source>The date cannot be before the last change (%1).</source>
            <translation>Датата не може да е преди последната промяна (%1).</translation>
        </message>
        <message>
            <source>The date cannot be in the future (today is %1).</source>
            <translation>Датата не може да е в бъдещето (днес е %1).</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Работни книги на Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Етап:</translation>
        </message>
        <message>
            <source>&amp;Add Answers…</source>
            <translation>&amp;Добавяне на отговори…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Редактиране…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Изтриване</translation>
        </message>
        <message>
            <source>Edit &amp;Questions…</source>
            <translation>Редактиране на &amp;въпросите…</translation>
        </message>
        <message>
            <source>&amp;Import Survey Export…</source>
            <translation>Им&amp;портиране на отговори от анкета…</translation>
        </message>
        <message>
            <source>E&amp;xport Blank Survey…</source>
            <translation>Е&amp;кспортиране на празна анкета…</translation>
        </message>
        <message>
            <source>All rounds</source>
            <translation>Всички етапи</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Двойка</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <source>%n answer sheet</source>
            <translation>%n лист с отговори</translation>
        </message>
        <message>
            <source>%n answer sheets</source>
            <translation>%n листа с отговори</translation>
        </message>
        <message>
            <source>Mentees' average rating: %1 / 5</source>
            <translation>Средна оценка от менти: %1 / 5</translation>
        </message>
        <message>
            <source>Net Promoter Score: %1 (%2 answers)</source>
            <translation>Индекс NPS: %1 (%2 отговора)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не е запазено</translation>
        </message>
        <message>
            <source>Delete this answer sheet? Edit ▸ Undo brings it back.</source>
            <translation>Да се изтрие ли този лист с отговори? Редактиране ▸ Отмяна го възстановява.</translation>
        </message>
        <message>
            <source>Delete these %n answer sheets? Edit ▸ Undo brings them back.</source>
            <translation>Да се изтрият ли тези %n листа с отговори? Редактиране ▸ Отмяна ги възстановява.</translation>
        </message>
        <message>
            <source>Delete Answers</source>
            <translation>Изтриване на отговори</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Изтриване</translation>
        </message>
        <message>
            <source>Export Blank Survey</source>
            <translation>Експортиране на празна анкета</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Edit goal</source>
            <translation>Редактиране на цел</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Добавяне на цел</translation>
        </message>
        <message>
            <source>Blank goal</source>
            <translation>Празна цел</translation>
        </message>
        <message>
            <source>What exactly will change, e.g. Lead a meeting</source>
            <translation>Какво точно ще се промени, напр. Водене на събрание</translation>
        </message>
        <message>
            <source>What will show the goal is reached</source>
            <translation>Какво ще покаже, че целта е постигната</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Без целева дата</translation>
        </message>
        <message>
            <source>The pair</source>
            <translation>Двойката</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;На базата на:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заглавие:</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Показател:</translation>
        </message>
        <message>
            <source>&amp;Why it matters:</source>
            <translation>Защо е &amp;важно:</translation>
        </message>
        <message>
            <source>Tar&amp;get date:</source>
            <translation>&amp;Целева дата:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>С&amp;татус:</translation>
        </message>
        <message>
            <source>&amp;Belongs to:</source>
            <translation>Прина&amp;длежи на:</translation>
        </message>
        <message>
            <source>Action step</source>
            <translation>Стъпка</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Постижение</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Action ste&amp;ps:</source>
            <translation>Стъпк&amp;и:</translation>
        </message>
        <message>
            <source>&amp;Add Step</source>
            <translation>Добавяне на &amp;стъпка</translation>
        </message>
        <message>
            <source>&amp;Remove Step</source>
            <translation>Пре&amp;махване на стъпка</translation>
        </message>
        <message>
            <source>Move U&amp;p</source>
            <translation>Преместване на&amp;горе</translation>
        </message>
        <message>
            <source>Move Dow&amp;n</source>
            <translation>Преместване н&amp;адолу</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>Add Goal</source>
            <translation>Добавяне на цел</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Без дата</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Стъпка %1: %2</translation>
        </message>
        <message>
            <source>To make the goal SMARTer:</source>
            <translation>За да стане целта по-SMART:</translation>
        </message>
        <message>
            <source>SMART: specific, measurable, dated, relevant, with action steps.</source>
            <translation>SMART: конкретна, измерима, с дата, значима, разделена на стъпки.</translation>
        </message>
    </context>
    <context>
        <name>GoalsSection</name>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>Goal / action step</source>
            <translation>Цел / стъпка</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Напредък</translation>
        </message>
        <message>
            <source>Target / due</source>
            <translation>Целева дата / срок</translation>
        </message>
        <message>
            <source>No goals yet. Add one, from a template or blank.</source>
            <translation>Още няма цели. Добавете цел – от шаблон или празна.</translation>
        </message>
        <message>
            <source>Add Goal…</source>
            <translation>Добавяне на цел…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Редактиране…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Изтриване</translation>
        </message>
        <message>
            <source>Change the selected goal's status</source>
            <translation>Промяна на статуса на избраната цел</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 от %2 стъпки</translation>
        </message>
        <message>
            <source>done %1</source>
            <translation>изпълнена на %1</translation>
        </message>
    </context>
    <context>
        <name>IdListDialog</name>
        <message>
            <source>%n name:</source>
            <translation>%n име:</translation>
        </message>
        <message>
            <source>%n names:</source>
            <translation>%n имена:</translation>
        </message>
        <message>
            <source>Nobody is behind this figure.</source>
            <translation>Зад това число няма никого.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Sign-in sheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Присъствени списъци (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Всички файлове (*)</translation>
        </message>
        <message>
            <source>Import sign-in sheet: %1</source>
            <translation>Импортиране на присъствен списък: %1</translation>
        </message>
        <message>
            <source>Choose the sign-in sheet</source>
            <translation>Изберете присъствения списък</translation>
        </message>
        <message>
            <source>The list of people who came: a Microsoft Forms or Google Forms check-in export, or a sheet typed in Excel (.xlsx or .csv), one person a row. Each person is found by e-mail, or by name when there is no e-mail column. Nothing is imported until the last step.</source>
            <translation>Списъкът на хората, които са дошли: експорт на регистрациите от Microsoft Forms или Google Forms или лист, попълнен в Excel (.xlsx или .csv), по един човек на ред. Всеки човек се намира по e-mail или по име, ако няма колона с e-mail. Нищо не се импортира до последната стъпка.</translation>
        </message>
        <message>
            <source>Choose a .xlsx or .csv file with the people who came…</source>
            <translation>Изберете файл .xlsx или .csv с хората, които са дошли…</translation>
        </message>
        <message>
            <source>Choose the sheet with the people who came, and on which row the column titles are (rows above it are skipped).</source>
            <translation>Изберете листа с хората, които са дошли, и реда, на който са заглавията на колоните (редовете над него се пропускат).</translation>
        </message>
        <message>
            <source>What each column holds: the e-mail address, or the first and last name (or the full name), and, if the sheet has one, whether the person came (yes, no, x, ✓, 1 or 0; a row without it counts as someone who came). MentorDesk guessed from the titles; change any guess, or choose “Ignore”.</source>
            <translation>Какво съдържа всяка колона: e-mail адреса или собственото и фамилното име (или цялото име) и, ако листът има такава колона, дали човекът е дошъл (да, не, x, ✓, 1 или 0; ред без тази стойност се брои като присъствие). MentorDesk е отгатнал колоните по заглавията; поправете грешните или изберете „Игнориране“.</translation>
        </message>
        <message>
            <source>Each person on the sheet, matched to a participant; point at a red cell to see what is wrong. Nothing is written until you press Import; Edit ▸ Undo takes it all back.</source>
            <translation>Всеки човек от листа, съпоставен с участник; посочете червена клетка, за да видите какво не е наред. Нищо не се записва, докато не натиснете „Импортиране“; Редактиране ▸ Отмяна връща всичко.</translation>
        </message>
        <message>
            <source>Nothing to import: everyone who came is already ticked, or every row was rejected.</source>
            <translation>Няма нищо за импортиране: всички дошли вече са отметнати или всеки ред е отхвърлен.</translation>
        </message>
        <message>
            <source>Import sign-in sheet %1</source>
            <translation>Импортиране на присъствен списък %1</translation>
        </message>
        <message>
            <source>Import mappings (*.json)</source>
            <translation>Съпоставяния за импортиране (*.json)</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Колони</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Колона</translation>
        </message>
        <message>
            <source>Title in the file</source>
            <translation>Заглавие във файла</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Примери</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Отива в</translation>
        </message>
        <message>
            <source>&amp;Save this mapping…</source>
            <translation>&amp;Запазване на това съпоставяне…</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Лист:</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Игнориране</translation>
        </message>
        <message>
            <source>Save this mapping</source>
            <translation>Запазване на това съпоставяне</translation>
        </message>
        <message>
            <source>Mapping not saved</source>
            <translation>Съпоставянето не е запазено</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation>Проверка преди импортиране</translation>
        </message>
        <message>
            <source>People already in the program (same e-mail):</source>
            <translation>Хора, които вече са в програмата (със същия e-mail):</translation>
        </message>
        <message>
            <source>Save &amp;rejected rows…</source>
            <translation>Запазване на отхвърлените &amp;редове…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Проверка на всички редове…</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Запазване на отхвърлените редове</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV файлове (*.csv)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не е запазено</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортиране</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Преглед…</translation>
        </message>
        <message>
            <source>Use a saved &amp;mapping…</source>
            <translation>Използване на запазено &amp;съпоставяне…</translation>
        </message>
        <message>
            <source>Use a saved mapping</source>
            <translation>Използване на запазено съпоставяне</translation>
        </message>
        <message>
            <source>Sheets</source>
            <translation>Листове</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортиране</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Редове</translation>
        </message>
        <message>
            <source>Who is on it</source>
            <translation>Кой е в него</translation>
        </message>
        <message>
            <source>Titles on row</source>
            <translation>Заглавия на ред</translation>
        </message>
        <message>
            <source>No sheet was ticked: none has a column MentorDesk recognises as names or e-mail addresses. Tick the sheet to import; on the next page you say what each column holds.</source>
            <translation>Не е отметнат нито един лист: в никой от тях MentorDesk не разпознава колона с имена или e-mail адреси. Отметнете листа за импортиране; на следващата страница ще посочите какво съдържа всяка колона.</translation>
        </message>
        <message>
            <source>%n hidden sheet(s) are not imported.</source>
            <translation>Скрити листове, които не се импортират: %n.</translation>
        </message>
        <message>
            <source>Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Списъци на участниците (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Всички файлове (*)</translation>
        </message>
        <message>
            <source>From a column</source>
            <translation>От колона</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Импортиране на списък на участниците</translation>
        </message>
        <message>
            <source>Choose the roster</source>
            <translation>Изберете списъка на участниците</translation>
        </message>
        <message>
            <source>An Excel workbook or a CSV file: a sign-up sheet, or the answers of a Microsoft Forms or Google Forms survey. Nothing is imported until the last step.</source>
            <translation>Работна книга на Excel или CSV файл: лист за записване или отговорите от анкета в Microsoft Forms или Google Forms. Нищо не се импортира до последната стъпка.</translation>
        </message>
        <message>
            <source>Choose a .xlsx or .csv file…</source>
            <translation>Изберете файл .xlsx или .csv…</translation>
        </message>
        <message>
            <source>Tick the sheets to import, say who is on each, and on which row the column titles are (rows above it are skipped).</source>
            <translation>Отметнете листовете за импортиране, посочете кой е във всеки от тях и на кой ред са заглавията на колоните (редовете над него се пропускат).</translation>
        </message>
        <message>
            <source>What each column holds. MentorDesk guessed from the titles; change any guess, or choose “Ignore” for a column you do not need.</source>
            <translation>Какво съдържа всяка колона. MentorDesk е отгатнал колоните по заглавията; поправете грешните или изберете „Игнориране“ за колона, която не ви трябва.</translation>
        </message>
        <message>
            <source>Each row as it will be stored; point at a red cell to see what is wrong. Nothing is written until you press Import; Edit ▸ Undo takes it all back.</source>
            <translation>Всеки ред така, както ще бъде записан; посочете червена клетка, за да видите какво не е наред. Нищо не се записва, докато не натиснете „Импортиране“; Редактиране ▸ Отмяна връща всичко.</translation>
        </message>
        <message>
            <source>Nothing to import: everyone in this file is already in the program as it is, or was rejected.</source>
            <translation>Няма нищо за импортиране: всички от този файл вече са в програмата в същия вид или са отхвърлени.</translation>
        </message>
        <message>
            <source>Sheet “%1”: choose the columns with the first and last names (or the full name).</source>
            <translation>Лист „%1“: изберете колоните със собственото и фамилното име (или цялото име).</translation>
        </message>
        <message>
            <source>&amp;Update them</source>
            <translation>&amp;Обновяване</translation>
        </message>
        <message>
            <source>&amp;Skip them</source>
            <translation>&amp;Пропускане</translation>
        </message>
        <message>
            <source>&amp;Keep both apart</source>
            <translation>Запазване и на &amp;двамата поотделно</translation>
        </message>
        <message>
            <source>New career levels: %1</source>
            <translation>Нови нива в кариерата: %1</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Отговори</translation>
        </message>
        <message>
            <source>What people answered, and what it means in MentorDesk.</source>
            <translation>Какво са отговорили хората и какво означава това в MentorDesk.</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Отговор</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роля</translation>
        </message>
        <message>
            <source>Mentees</source>
            <translation>Менти</translation>
        </message>
        <message>
            <source>Answers about the role:</source>
            <translation>Отговори за ролята:</translation>
        </message>
        <message>
            <source>How many mentees, answered in words:</source>
            <translation>Колко менти – отговори, написани с думи:</translation>
        </message>
        <message>
            <source>— not a role —</source>
            <translation>— не е роля —</translation>
        </message>
        <message>
            <source>The sheet's role</source>
            <translation>Ролята на листа</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>не е число</translation>
        </message>
        <message>
            <source>Survey exports (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Експортирани анкети (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Всички файлове (*)</translation>
        </message>
        <message>
            <source>Import survey answers</source>
            <translation>Импортиране на отговори от анкета</translation>
        </message>
        <message>
            <source>Choose the survey export</source>
            <translation>Изберете експортираната анкета</translation>
        </message>
        <message>
            <source>The answers to the feedback survey: a Microsoft Forms or Google Forms export, or the blank survey sheet filled in (.xlsx or .csv). Each answer sheet is matched to a participant by e-mail. Nothing is imported until the last step.</source>
            <translation>Отговорите на анкетата за обратна връзка: експорт от Microsoft Forms или Google Forms или попълнената празна анкета (.xlsx или .csv). Всеки лист с отговори се съпоставя с участник по e-mail. Нищо не се импортира до последната стъпка.</translation>
        </message>
        <message>
            <source>Choose a .xlsx or .csv file with the answers…</source>
            <translation>Изберете файл .xlsx или .csv с отговорите…</translation>
        </message>
        <message>
            <source>Choose the sheet with the answers, and on which row the column titles are (rows above it are skipped).</source>
            <translation>Изберете листа с отговорите и реда, на който са заглавията на колоните (редовете над него се пропускат).</translation>
        </message>
        <message>
            <source>What each column holds: the e-mail address, the round, when it was sent, and which question of the questionnaire each answer belongs to. MentorDesk guessed from the titles; change any guess, or choose “Ignore”.</source>
            <translation>Какво съдържа всяка колона: e-mail адреса, етапа, кога е изпратено и към кой въпрос от анкетата е всеки отговор. MentorDesk е отгатнал колоните по заглавията; поправете грешните или изберете „Игнориране“.</translation>
        </message>
        <message>
            <source>Each answer sheet as it will be stored, matched to a participant by e-mail; point at a red cell to see what is wrong. Nothing is written until you press Import; Edit ▸ Undo takes it all back.</source>
            <translation>Всеки лист с отговори така, както ще бъде записан, съпоставен с участник по e-mail; посочете червена клетка, за да видите какво не е наред. Нищо не се записва, докато не натиснете „Импортиране“; Редактиране ▸ Отмяна връща всичко.</translation>
        </message>
        <message>
            <source>Nothing to import: every answer sheet in this file is already in the program or was rejected.</source>
            <translation>Няма нищо за импортиране: всеки лист с отговори от този файл вече е в програмата или е отхвърлен.</translation>
        </message>
        <message>
            <source>Round and answers</source>
            <translation>Етап и отговори</translation>
        </message>
        <message>
            <source>Which feedback round these answers belong to. Someone's answers to a round are imported once: a round they have already answered is left as it is.</source>
            <translation>Към кой етап на обратната връзка са тези отговори. Отговорите на даден човек за един етап се импортират само веднъж: етап, на който вече е отговорил, остава непроменен.</translation>
        </message>
        <message>
            <source>Choose or type a round</source>
            <translation>Изберете или въведете етап</translation>
        </message>
        <message>
            <source>Answers written in words, and the number each is read as:</source>
            <translation>Отговори, написани с думи, и числото, на което съответства всеки:</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Чете се като</translation>
        </message>
        <message>
            <source>The file has no column naming the round: every answer in it belongs to the round chosen here.</source>
            <translation>Файлът няма колона, която посочва етапа: всеки отговор в него е към етапа, избран тук.</translation>
        </message>
        <message>
            <source>&amp;Round of every answer:</source>
            <translation>&amp;Етап на всеки отговор:</translation>
        </message>
        <message>
            <source>Column %1 (“%2”) names the round of each answer: %3.</source>
            <translation>Колона %1 („%2“) посочва етапа на всеки отговор: %3.</translation>
        </message>
        <message>
            <source>&amp;Round where that column is blank:</source>
            <translation>&amp;Етап, когато тази колона е празна:</translation>
        </message>
        <message>
            <source>not a number: rejected</source>
            <translation>не е число: отхвърля се</translation>
        </message>
    </context>
    <context>
        <name>IntakeActions</name>
        <message>
            <source>&amp;Intake</source>
            <translation>&amp;Прием</translation>
        </message>
        <message>
            <source>Intake &amp;details…</source>
            <translation>&amp;Подробности за приема…</translation>
        </message>
        <message>
            <source>&amp;Tick checklist item</source>
            <translation>&amp;Отмятане на елемент от списъка</translation>
        </message>
        <message>
            <source>&amp;Untick checklist item</source>
            <translation>Пре&amp;махване на отметка от елемент</translation>
        </message>
        <message>
            <source>&amp;Move to stage</source>
            <translation>Преместване в &amp;етап</translation>
        </message>
        <message>
            <source>No checklist: add one in Program Settings</source>
            <translation>Няма контролен списък: добавете го в „Настройки на програмата“</translation>
        </message>
        <message>
            <source>Why? (kept with their intake)</source>
            <translation>Защо? (записва се към приема)</translation>
        </message>
    </context>
    <context>
        <name>IntakeBox</name>
        <message>
            <source>Intake and recruitment</source>
            <translation>Прием и набиране</translation>
        </message>
        <message>
            <source>Show the participants at this stage</source>
            <translation>Показване на участниците в този етап</translation>
        </message>
        <message>
            <source>Mentors ready</source>
            <translation>Готови ментори</translation>
        </message>
        <message>
            <source>Mentees ready</source>
            <translation>Готови менти</translation>
        </message>
        <message>
            <source>By intake stage</source>
            <translation>По етап на приема</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 от %2</translation>
        </message>
        <message>
            <source>target reached</source>
            <translation>целта е достигната</translation>
        </message>
        <message>
            <source>%1 more wanted</source>
            <translation>нужни са още %1</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>няма зададена цел</translation>
        </message>
        <message>
            <source>%1 · %2 on the way</source>
            <translation>%1 · %2 в процес</translation>
        </message>
        <message>
            <source>Recruit mentors who offer: %1</source>
            <translation>Наберете ментори, които предлагат: %1</translation>
        </message>
        <message>
            <source>Every skill mentees want is offered by a ready mentor.</source>
            <translation>Всяко умение, търсено от менти, се предлага от готов ментор.</translation>
        </message>
    </context>
    <context>
        <name>IntakeCommands</name>
        <message>
            <source>Tick “%1” for %2</source>
            <translation>Отмятане на „%1“ за %2</translation>
        </message>
        <message>
            <source>Untick “%1” for %2</source>
            <translation>Премахване на отметката „%1“ за %2</translation>
        </message>
        <message>
            <source>Move %1 to “%2”</source>
            <translation>Преместване на %1 в „%2“</translation>
        </message>
        <message>
            <source>Edit the intake of %1</source>
            <translation>Редактиране на приема на %1</translation>
        </message>
        <message>
            <source>Edit the intake settings</source>
            <translation>Редактиране на настройките за прием</translation>
        </message>
        <message>
            <source>1 participant</source>
            <translation>1 участник</translation>
        </message>
        <message>
            <source>%1 participants</source>
            <translation>%1 участници</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Intake of %1</source>
            <translation>Прием на %1</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 от %2</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (зададено ръчно)</translation>
        </message>
        <message>
            <source>Offered to matching.</source>
            <translation>Участва в съчетаването.</translation>
        </message>
        <message>
            <source>Not offered to matching: %1.</source>
            <translation>Не участва в съчетаването: %1.</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Елемент от контролния списък</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Извършено на</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Проверено от</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Изтича</translation>
        </message>
        <message>
            <source>who checked</source>
            <translation>кой е проверил</translation>
        </message>
        <message>
            <source>This program has no screening checklist for this role.</source>
            <translation>Тази програма няма контролен списък за проверка за тази роля.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, required</source>
            <translation>%1, задължително</translation>
        </message>
        <message>
            <source>No required training and none attended yet.</source>
            <translation>Няма задължителни обучения и още не е посетено нито едно.</translation>
        </message>
        <message>
            <source>Attendance is ticked on the Resources page.</source>
            <translation>Присъствието се отбелязва на страницата „Ресурси“.</translation>
        </message>
        <message>
            <source>As the checklist and trainings give</source>
            <translation>Според контролния списък и обученията</translation>
        </message>
        <message>
            <source>why (for withdrawn or not accepted)</source>
            <translation>причина (при оттеглил се или неприет)</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Обучения</translation>
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation>&amp;Етап:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>%1 (expired)</source>
            <translation>%1 (изтекло)</translation>
        </message>
        <message>
            <source>%1 (in %2 days)</source>
            <translation>%1 (след %2 дни)</translation>
        </message>
    </context>
    <context>
        <name>IntakeTab</name>
        <message>
            <source>Checklist item</source>
            <translation>Елемент от контролния списък</translation>
        </message>
        <message>
            <source>For</source>
            <translation>За</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>С дата</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>Изтича след</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Добавяне на елемент</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Премахване</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Преместване нагоре</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Преместване надолу</translation>
        </message>
        <message>
            <source>Offer to &amp;matching:</source>
            <translation>Включване в &amp;съчетаването:</translation>
        </message>
        <message>
            <source>mentors and</source>
            <translation>ментори и</translation>
        </message>
        <message>
            <source>mentees</source>
            <translation>менти</translation>
        </message>
        <message>
            <source>Recruitment &amp;target:</source>
            <translation>Цел за на&amp;биране:</translation>
        </message>
        <message>
            <source>Screening checklist: every item for a participant's role ticked makes them screened. Leave it empty when the program screens nobody. Trainings marked required (Resources page) make them trained.</source>
            <translation>Контролен списък за проверка: когато всички елементи за ролята на участника са отметнати, той е проверен. Оставете списъка празен, ако програмата не проверява никого. Обученията, отбелязани като задължителни (страницата „Ресурси“), го правят обучен.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>няма</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никога</translation>
        </message>
        <message>
            <source> months</source>
            <translation> месеца</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Нов елемент</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New Program…</source>
            <translation>&amp;Нова програма…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Отваряне…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Последно о&amp;тваряни</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Program</source>
            <translation>Отваряне на &amp;демо програмата</translation>
        </message>
        <message>
            <source>Save a Cop&amp;y As…</source>
            <translation>Запазване на &amp;копие като…</translation>
        </message>
        <message>
            <source>Export C&amp;alendar…</source>
            <translation>Експортиране на ка&amp;лендар…</translation>
        </message>
        <message>
            <source>Write Program Re&amp;port (PDF)…</source>
            <translation>Създаване на от&amp;чет за програмата (PDF)…</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>&amp;Възстановяване от резервно копие…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Затваряне</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Изход</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редактиране</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отмяна</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторение</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>Пре&amp;ход</translation>
        </message>
        <message>
            <source>&amp;Program</source>
            <translation>&amp;Програма</translation>
        </message>
        <message>
            <source>Program &amp;Settings…</source>
            <translation>&amp;Настройки на програмата…</translation>
        </message>
        <message>
            <source>&amp;Add Participant…</source>
            <translation>&amp;Добавяне на участник…</translation>
        </message>
        <message>
            <source>Mentor &amp;Certificate…</source>
            <translation>&amp;Сертификат за ментор…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>По&amp;мощ</translation>
        </message>
        <message>
            <source>&amp;About MentorDesk</source>
            <translation>&amp;За MentorDesk</translation>
        </message>
        <message>
            <source>No recent programs</source>
            <translation>Няма последно отваряни програми</translation>
        </message>
        <message>
            <source>%1

You can open it read-only here to look at it; changes are made in the other window.</source>
            <translation>%1

Можете да я отворите тук само за четене, за да я разгледате; промените се правят в другия прозорец.</translation>
        </message>
        <message>
            <source>Program already open</source>
            <translation>Програмата вече е отворена</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Отваряне само за четене</translation>
        </message>
        <message>
            <source>Backup restored; the program as it was is kept as another backup.</source>
            <translation>Резервното копие е възстановено; програмата в предишния си вид е запазена като още едно резервно копие.</translation>
        </message>
        <message>
            <source>New program</source>
            <translation>Нова програма</translation>
        </message>
        <message>
            <source>My mentoring program</source>
            <translation>Моята програма за менторство</translation>
        </message>
        <message>
            <source>Cannot create program</source>
            <translation>Програмата не може да бъде създадена</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Choose another folder.</source>
            <translation>%1 не може да бъде записан (%2). Изберете друга папка.</translation>
        </message>
        <message>
            <source>Edit program settings</source>
            <translation>Редактиране на настройките на програмата</translation>
        </message>
        <message>
            <source>The new language is used from the next time MentorDesk starts.</source>
            <translation>Новият език ще се използва от следващото стартиране на MentorDesk.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (само за четене)</translation>
        </message>
        <message>
            <source>About MentorDesk</source>
            <translation>За MentorDesk</translation>
        </message>
        <message>
            <source>MentorDesk %1
Run a mentoring program offline, from one file.</source>
            <translation>MentorDesk %1
Управлявайте програма за менторство офлайн, от един файл.</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Запазване на копие</translation>
        </message>
        <message>
            <source>Copy not saved</source>
            <translation>Копието не е запазено</translation>
        </message>
        <message>
            <source>Copy saved to %1</source>
            <translation>Копието е запазено в %1</translation>
        </message>
        <message>
            <source>Write the program report</source>
            <translation>Създаване на отчета за програмата</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Създаване на отчета…</translation>
        </message>
        <message>
            <source>Report not written</source>
            <translation>Отчетът не е създаден</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Отчетът е записан в %1</translation>
        </message>
        <message>
            <source>Certificate saved to %1</source>
            <translation>Сертификатът е запазен в %1</translation>
        </message>
    </context>
    <context>
        <name>MatchSettingsDialog</name>
        <message>
            <source>Matching settings</source>
            <translation>Настройки за съчетаване</translation>
        </message>
        <message>
            <source>Choose what makes a good pair. Each criterion’s weight sets its share of the compatibility score, from 0 to 100.</source>
            <translation>Изберете какво прави една двойка добра. Тежестта на всеки критерий определя дела му в резултата за съвместимост – от 0 до 100.</translation>
        </message>
        <message>
            <source>What counts</source>
            <translation>Какво има значение</translation>
        </message>
        <message>
            <source>Weight (0 = ignored)</source>
            <translation>Тежест (0 = не се отчита)</translation>
        </message>
        <message>
            <source>Share of the score</source>
            <translation>Дял от резултата</translation>
        </message>
        <message>
            <source>How many of the 100 points this criterion can give.</source>
            <translation>Колко от 100-те точки може да даде този критерий.</translation>
        </message>
        <message>
            <source>Weight of {criterion}</source>
            <translation>Тежест на „{criterion}“</translation>
        </message>
        <message>
            <source>Share of the score for {criterion}</source>
            <translation>Дял от резултата за „{criterion}“</translation>
        </message>
        <message>
            <source>Whether pairs from different departments or from the same one score higher.</source>
            <translation>Дали по-висок резултат получават двойки от различни отдели или от един и същ отдел.</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Отдели</translation>
        </message>
        <message>
            <source>Departments:</source>
            <translation>Отдели:</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Възстановяване на стандартните</translation>
        </message>
        <message>
            <source>Put back the weights and department choice MentorDesk suggests.</source>
            <translation>Връщане на тежестите и избора за отделите, предлагани от MentorDesk.</translation>
        </message>
        <message>
            <source>Career levels</source>
            <translation>Нива в кариерата</translation>
        </message>
        <message>
            <source>The career-level gap that scores best: the mentor this many levels higher.</source>
            <translation>Разликата в нивата в кариерата с най-добър резултат: менторът е с толкова нива по-високо.</translation>
        </message>
        <message>
            <source>Fewest levels the mentor is above the mentee</source>
            <translation>Най-малко нива, с които менторът е над менти</translation>
        </message>
        <message>
            <source>Most levels the mentor is above the mentee</source>
            <translation>Най-много нива, с които менторът е над менти</translation>
        </message>
        <message>
            <source>Ideal gap: mentor %1 to %2 levels above the mentee</source>
            <translation>Идеална разлика: ментор с %1 до %2 нива над менти</translation>
        </message>
        <message>
            <source>Levels, lowest first: {levels}</source>
            <translation>Нива, от най-ниското: {levels}</translation>
        </message>
        <message>
            <source>This program has no career levels yet; add them in Program settings.</source>
            <translation>Тази програма още няма нива в кариерата; добавете ги в „Настройки на програмата“.</translation>
        </message>
        <message>
            <source>Rules that rule a pair out</source>
            <translation>Задължителни условия за двойките</translation>
        </message>
        <message>
            <source>(only when both levels are known)</source>
            <translation>(само когато и двете нива са известни)</translation>
        </message>
        <message>
            <source>Never pair people from the same department</source>
            <translation>Без съчетаване на хора от един и същ отдел</translation>
        </message>
        <message>
            <source>Two people from the same department are never paired.</source>
            <translation>Двама души от един и същ отдел никога не се съчетават.</translation>
        </message>
        <message>
            <source>Pair only people who share a language (when both list languages)</source>
            <translation>Съчетаване само на хора с общ език (когато и двамата са посочили езици)</translation>
        </message>
        <message>
            <source>People who both list languages but share none are never paired.</source>
            <translation>Двама души, които са посочили езици, но нямат общ език, никога не се съчетават.</translation>
        </message>
        <message>
            <source>The mentor must be at a higher level than the mentee</source>
            <translation>Менторът трябва да е на по-високо ниво от менти</translation>
        </message>
        <message>
            <source>A mentor at the mentee’s level or lower is never proposed {known}.</source>
            <translation>Ментор на нивото на менти или по-ниско никога не се предлага {known}.</translation>
        </message>
        <message>
            <source>The mentor must be within the ideal level gap</source>
            <translation>Менторът трябва да е в идеалната разлика в нивата</translation>
        </message>
        <message>
            <source>A mentor outside the ideal gap is never proposed {known}.</source>
            <translation>Ментор извън идеалната разлика никога не се предлага {known}.</translation>
        </message>
        <message>
            <source>Automatic matching</source>
            <translation>Автоматично съчетаване</translation>
        </message>
        <message>
            <source>Give as many mentees as possible a mentor first, then the best scores</source>
            <translation>Първо ментор за възможно най-много менти, после най-добрите резултати</translation>
        </message>
        <message>
            <source>When off, automatic matching only seeks the highest total score, which may leave more mentees without a mentor.</source>
            <translation>Когато е изключено, автоматичното съчетаване търси само най-високия общ резултат, което може да остави повече менти без ментор.</translation>
        </message>
        <message>
            <source> people</source>
            <translation> души</translation>
        </message>
        <message>
            <source>People per group</source>
            <translation>Хора в група</translation>
        </message>
        <message>
            <source>How many people each automatic peer group has.</source>
            <translation>Колко души има всяка автоматично създадена група от колеги.</translation>
        </message>
        <message>
            <source>People per group:</source>
            <translation>Хора в група:</translation>
        </message>
        <message>
            <source>Balance groups</source>
            <translation>Балансиране на групите</translation>
        </message>
        <message>
            <source>Mix: people who share a value are spread over the groups, and nobody is the only one with their value in a group. Keep together: they share groups.</source>
            <translation>Смесване: хората с еднаква стойност се разпределят по групите и никой не остава единственият със своята стойност в група. Групиране: попадат в едни и същи групи.</translation>
        </message>
        <message>
            <source>Balance groups by</source>
            <translation>Балансиране на групите по</translation>
        </message>
        <message>
            <source>Balance groups:</source>
            <translation>Балансиране на групите:</translation>
        </message>
        <message>
            <source>Whether the two are at the same or a neighbouring career level.</source>
            <translation>Дали двамата са на едно и също или на съседно ниво в кариерата.</translation>
        </message>
        <message>
            <source>How close the mentor’s career level is to the ideal gap set on the right.</source>
            <translation>Колко близо е нивото в кариерата на ментора до идеалната разлика, зададена вдясно.</translation>
        </message>
        <message>
            <source>How many of the skills each wants to develop the other offers.</source>
            <translation>Колко от уменията, които всеки иска да развие, предлага другият.</translation>
        </message>
        <message>
            <source>How many of the skills the mentee wants the mentor offers.</source>
            <translation>Колко от уменията, търсени от менти, предлага менторът.</translation>
        </message>
        <message>
            <source>How many interests the two have in common.</source>
            <translation>Колко общи интереса имат двамата.</translation>
        </message>
        <message>
            <source>Whether the two work in the same department.</source>
            <translation>Дали двамата работят в един и същ отдел.</translation>
        </message>
        <message>
            <source>Whether the two speak a language in common.</source>
            <translation>Дали двамата говорят общ език.</translation>
        </message>
        <message>
            <source>Whether the two work in the same place.</source>
            <translation>Дали двамата работят на едно и също място.</translation>
        </message>
        <message>
            <source>How many of their free times the two have in common.</source>
            <translation>Колко от свободните си часове имат общи двамата.</translation>
        </message>
        <message>
            <source>Whether one of them asked to be paired with the other.</source>
            <translation>Дали единият е поискал да бъде съчетан с другия.</translation>
        </message>
        <message>
            <source>{share}%</source>
            <translation>{share}%</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>не се отчита</translation>
        </message>
        <message>
            <source>Give at least one criterion a weight.</source>
            <translation>Задайте тежест поне на един критерий.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Program settings…</source>
            <translation>Настройки на програмата…</translation>
        </message>
        <message>
            <source>All participants</source>
            <translation>Всички участници</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Ментори</translation>
        </message>
        <message>
            <source>Mentees</source>
            <translation>Менти</translation>
        </message>
        <message>
            <source>Mentor and mentee</source>
            <translation>Ментор и менти</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>Кандидати</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активни</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Оттеглили се</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Предложени</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>На пауза</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Приключени</translation>
        </message>
        <message>
            <source>Show the participants in these pairs</source>
            <translation>Показване на участниците в тези двойки</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участници</translation>
        </message>
        <message>
            <source>By role</source>
            <translation>По роля</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>По статус</translation>
        </message>
        <message>
            <source>Pairs and groups</source>
            <translation>Двойки и групи</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Цели на програмата</translation>
        </message>
        <message>
            <source>Nothing to celebrate yet. Completed goals, milestone steps, every tenth session of a pair and pairs closed with their goals reached will appear here.</source>
            <translation>Още няма какво да се отпразнува. Тук ще се появят изпълнените цели, стъпките, отбелязани като постижения, всяка десета среща на двойка и двойките, приключени с постигнати цели.</translation>
        </message>
        <message>
            <source>Milestones to celebrate</source>
            <translation>Постижения за отпразнуване</translation>
        </message>
        <message>
            <source>%1 sessions logged · %2 goals set</source>
            <translation>%1 записани срещи · %2 поставени цели</translation>
        </message>
        <message>
            <source>No objectives written yet.</source>
            <translation>Още няма описани цели на програмата.</translation>
        </message>
        <message>
            <source>Click to open the pair</source>
            <translation>Щракнете, за да отворите двойката</translation>
        </message>
        <message>
            <source>formal</source>
            <translation>формална</translation>
        </message>
        <message>
            <source>informal</source>
            <translation>неформална</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>от %1 до %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>от %1</translation>
        </message>
        <message>
            <source>pairs meet every day</source>
            <translation>двойките се срещат всеки ден</translation>
        </message>
        <message>
            <source>pairs meet every %n days</source>
            <translation>двойките се срещат на всеки %n дни</translation>
        </message>
    </context>
    <context>
        <name>PairDetail</name>
        <message>
            <source>Select a pair or group to see its life and agreement.</source>
            <translation>Изберете двойка или група, за да видите историята и споразумението ѝ.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Стартиране</translation>
        </message>
        <message>
            <source>Pa&amp;use</source>
            <translation>&amp;Пауза</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>П&amp;родължаване</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>&amp;Отваряне отново</translation>
        </message>
        <message>
            <source>&amp;Close…</source>
            <translation>При&amp;ключване…</translation>
        </message>
        <message>
            <source>Optional, e.g. Leadership circle</source>
            <translation>По избор, напр. Кръг за лидерство</translation>
        </message>
        <message>
            <source>What each agreed to bring, e.g. come prepared, share one goal per month</source>
            <translation>Какво поема всеки, напр. да идва подготвен, да споделя по една цел на месец</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дни</translation>
        </message>
        <message>
            <source>Not agreed</source>
            <translation>Не е договорен</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>На живо</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>Договорена</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Споразумение</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Име:</translation>
        </message>
        <message>
            <source>E&amp;xpectations:</source>
            <translation>Оч&amp;аквания:</translation>
        </message>
        <message>
            <source>Meet ever&amp;y:</source>
            <translation>Срещи на вс&amp;еки:</translation>
        </message>
        <message>
            <source>Channe&amp;l:</source>
            <translation>Кана&amp;л:</translation>
        </message>
        <message>
            <source>Con&amp;fidentiality:</source>
            <translation>Поверител&amp;ност:</translation>
        </message>
        <message>
            <source>Meeting plan</source>
            <translation>График на срещите</translation>
        </message>
        <message>
            <source>Meetin&amp;g plan:</source>
            <translation>График на сре&amp;щите:</translation>
        </message>
        <message>
            <source>&amp;Weekday:</source>
            <translation>&amp;Ден от седмицата:</translation>
        </message>
        <message>
            <source>Ti&amp;me:</source>
            <translation>&amp;Час:</translation>
        </message>
        <message>
            <source>Sa&amp;ve Agreement</source>
            <translation>&amp;Запазване на споразумението</translation>
        </message>
        <message>
            <source>D&amp;iscard Changes</source>
            <translation>От&amp;хвърляне на промените</translation>
        </message>
        <message>
            <source>Add to Calen&amp;dar (.ics)…</source>
            <translation>До&amp;бавяне в календар (.ics)…</translation>
        </message>
        <message>
            <source>Save this pair's saved meeting plan as a file.</source>
            <translation>Записване във файл на запазения график на срещите на тази двойка.</translation>
        </message>
        <message>
            <source>Program's rhythm (%1 days)</source>
            <translation>Ритъмът на програмата (%1 дни)</translation>
        </message>
        <message>
            <source>Pair not changed</source>
            <translation>Двойката не е променена</translation>
        </message>
    </context>
    <context>
        <name>PairLife</name>
        <message>
            <source>Resumed</source>
            <translation>Продължена</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Отворена отново</translation>
        </message>
    </context>
    <context>
        <name>PairsPage</name>
        <message>
            <source>Search by member or group name…</source>
            <translation>Търсене по участник или име на група…</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Търсене:</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Търсене</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Всеки статус</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>С&amp;татус:</translation>
        </message>
        <message>
            <source>Needs &amp;attention</source>
            <translation>Изисква &amp;внимание</translation>
        </message>
        <message>
            <source>Active pairs that need a check-in: no session for longer than their rhythm plus the grace period, a goal off track or past its target date, or a coordinator's check-in overdue.</source>
            <translation>Активни двойки, които се нуждаят от проверка: няма среща по-дълго от техния ритъм плюс толеранса, има цел, която изостава или е с изтекла целева дата, или проверка от координатора е просрочена.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Изчистване на филтрите</translation>
        </message>
        <message>
            <source>Needs &amp;attention (%1)</source>
            <translation>Изисква &amp;внимание (%1)</translation>
        </message>
        <message>
            <source>No pairs yet. Propose them on the Matching page.</source>
            <translation>Още няма двойки. Предложете ги на страницата „Съчетаване“.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 pairs</source>
            <translation>Показани %1 от %2 двойки</translation>
        </message>
        <message>
            <source>%n pair or group</source>
            <translation>%n двойка или група</translation>
        </message>
        <message>
            <source>%n pairs and groups</source>
            <translation>%n двойки и групи</translation>
        </message>
    </context>
    <context>
        <name>PairsTable</name>
        <message>
            <source>Members</source>
            <translation>Членове</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Състояние</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <source>Days since last</source>
            <translation>Дни от последната</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Напредък</translation>
        </message>
        <message>
            <source>{first} &amp; {last}</source>
            <translation>{first} &amp; {last}</translation>
        </message>
        <message>
            <source>(no members)</source>
            <translation>(без членове)</translation>
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
            <translation>Редактиране на участник</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Добавяне на участник</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(няма)</translation>
        </message>
        <message>
            <source> mentee(s)</source>
            <translation> менти</translation>
        </message>
        <message>
            <source>Separate with commas, e.g. Excel, Public speaking</source>
            <translation>Разделете със запетаи, напр. Excel, Публично говорене</translation>
        </message>
        <message>
            <source>e.g. English, Italian</source>
            <translation>напр. английски, италиански</translation>
        </message>
        <message>
            <source>e.g. Mon AM, Wed PM</source>
            <translation>напр. пон сутрин, ср следобед</translation>
        </message>
        <message>
            <source>Consent to data use given on</source>
            <translation>Съгласие за обработка на данните, дадено на</translation>
        </message>
        <message>
            <source>Only for the coordinator; never exported or printed.</source>
            <translation>Само за координатора; никога не се експортират и не се отпечатват.</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Име:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Фамилия:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-&amp;mail:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роля:</translation>
        </message>
        <message>
            <source>Ca&amp;pacity:</source>
            <translation>&amp;Капацитет:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Състояние:</translation>
        </message>
        <message>
            <source>&amp;Department:</source>
            <translation>&amp;Отдел:</translation>
        </message>
        <message>
            <source>Career le&amp;vel:</source>
            <translation>&amp;Ниво в кариерата:</translation>
        </message>
        <message>
            <source>Skills &amp;offered:</source>
            <translation>&amp;Предлагани умения:</translation>
        </message>
        <message>
            <source>Skills &amp;wanted:</source>
            <translation>&amp;Търсени умения:</translation>
        </message>
        <message>
            <source>&amp;Interests:</source>
            <translation>Интер&amp;еси:</translation>
        </message>
        <message>
            <source>Lan&amp;guages:</source>
            <translation>Е&amp;зици:</translation>
        </message>
        <message>
            <source>Locatio&amp;n:</source>
            <translation>&amp;Местоположение:</translation>
        </message>
        <message>
            <source>&amp;Availability:</source>
            <translation>На&amp;личност:</translation>
        </message>
        <message>
            <source>Consent:</source>
            <translation>Съгласие:</translation>
        </message>
        <message>
            <source>&amp;Bio:</source>
            <translation>&amp;Биография:</translation>
        </message>
        <message>
            <source>Private &amp;notes:</source>
            <translation>Лични беле&amp;жки:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавяне</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Search name, e-mail, department, skills…</source>
            <translation>Търсене по име, имейл, отдел, умения…</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Всички роли</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Всички състояния</translation>
        </message>
        <message>
            <source>Any pairing</source>
            <translation>Със или без двойка</translation>
        </message>
        <message>
            <source>Not in an open pair</source>
            <translation>Без отворена двойка</translation>
        </message>
        <message>
            <source>In a pair: %1</source>
            <translation>В двойка: %1</translation>
        </message>
        <message>
            <source>Any intake stage</source>
            <translation>Всички етапи на приема</translation>
        </message>
        <message>
            <source>Not ready to match yet</source>
            <translation>Още не са готови за съчетаване</translation>
        </message>
        <message>
            <source>Intake: %1</source>
            <translation>Прием: %1</translation>
        </message>
        <message>
            <source>&amp;Add participant…</source>
            <translation>&amp;Добавяне на участник…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Изчистване на филтрите</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Редактиране…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Изтриване…</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>Задаване на &amp;състояние</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Редактиране…</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Задаване на състояние</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Изтриване…</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Прием</translation>
        </message>
        <message>
            <source>No participants yet. Add the first one with “Add participant…”.</source>
            <translation>Все още няма участници. Добавете първия с „Добавяне на участник…“.</translation>
        </message>
        <message>
            <source>Showing %1 of %2 participants</source>
            <translation>Показани %1 от %2 участници</translation>
        </message>
        <message>
            <source>%n participant</source>
            <translation>%n участник</translation>
        </message>
        <message>
            <source>%n participants</source>
            <translation>%n участници</translation>
        </message>
        <message>
            <source>Delete %1? Their pair memberships and feedback go too. You can undo this with Edit ▸ Undo.</source>
            <translation>Да се изтрие ли %1? Участието в двойки и обратната връзка също ще бъдат изтрити. Можете да отмените това с Редактиране ▸ Отмяна.</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Изтриване на %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n participants? Their pair memberships and feedback go too. You can undo this with Edit ▸ Undo.</source>
            <translation>
                <numerusform>Да се изтрие ли %n участник? Участието му в двойки и обратната връзка също ще бъдат изтрити. Можете да отмените това с Редактиране ▸ Отмяна.</numerusform>
                <numerusform>Да се изтрият ли %n участници? Участието им в двойки и обратната връзка също ще бъдат изтрити. Можете да отмените това с Редактиране ▸ Отмяна.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n participants</source>
            <translation>
                <numerusform>Изтриване на %n участник</numerusform>
                <numerusform>Изтриване на %n участници</numerusform>
            </translation>
        </message>
        <message>
            <source>Their %n open pair will be closed as “%1”.</source>
            <translation>%n отворена двойка ще бъде приключена с причина „%1“.</translation>
        </message>
        <message>
            <source>Their %n open pairs will be closed as “%1”.</source>
            <translation>Неговите %n отворени двойки ще бъдат приключени с причина „%1“.</translation>
        </message>
        <message>
            <source>Delete participants</source>
            <translation>Изтриване на участници</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Изтриване</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTable</name>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роля</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Състояние</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Прием</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>Career level</source>
            <translation>Ниво в кариерата</translation>
        </message>
        <message>
            <source>Skills offered</source>
            <translation>Предлагани умения</translation>
        </message>
        <message>
            <source>Skills wanted</source>
            <translation>Търсени умения</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Езици</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Капацитет</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Двойки</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 от %2</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Зададено ръчно</translation>
        </message>
        <message>
            <source>Offered to matching</source>
            <translation>Участва в съчетаването</translation>
        </message>
        <message>
            <source>Not offered: %1</source>
            <translation>Не участва: %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Няма</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>Като системата (%1)</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Език на интерфейса</translation>
        </message>
        <message>
            <source>A new language is used from the next time MentorDesk starts.</source>
            <translation>Новият език ще се използва от следващото стартиране на MentorDesk.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Език:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>New</source>
            <translation>Нов</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Обновяване</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Без промяна</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Отхвърлен</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ред</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Какво ще стане</translation>
        </message>
        <message>
            <source>Why / what changes</source>
            <translation>Защо / какво се променя</translation>
        </message>
        <message>
            <source>Changes: %1</source>
            <translation>Промени: %1</translation>
        </message>
    </context>
    <context>
        <name>ProgramDialog</name>
        <message>
            <source>Program settings</source>
            <translation>Настройки на програмата</translation>
        </message>
        <message>
            <source>Formal program (structured, with agreements and goals)</source>
            <translation>Официална програма (структурирана, със споразумения и цели)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Край</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дни</translation>
        </message>
        <message>
            <source>A pair needs attention when it has not met for its rhythm plus these days.</source>
            <translation>Двойката се нуждае от внимание, ако не се е срещала по-дълго от своя ритъм плюс тези дни.</translation>
        </message>
        <message>
            <source>Your check-ins with each pair: the first within this many days of its start, then as many as below in its first month, then one every so many days.</source>
            <translation>Вашите проверки на всяка двойка: първата до толкова дни от началото ѝ, после посочения брой през първия ѝ месец, след това по една на всеки толкова дни.</translation>
        </message>
        <message>
            <source>Add level</source>
            <translation>Добавяне на ниво</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Премахване</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Преместване нагоре</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Преместване надолу</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Име:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Дати:</translation>
        </message>
        <message>
            <source>with a grace of</source>
            <translation>с толеранс от</translation>
        </message>
        <message>
            <source>Pairs meet every:</source>
            <translation>Двойките се срещат на всеки:</translation>
        </message>
        <message>
            <source>first within</source>
            <translation>първата до</translation>
        </message>
        <message>
            <source>of the start,</source>
            <translation>от началото,</translation>
        </message>
        <message>
            <source>in the first month, then every</source>
            <translation>през първия месец, после на всеки</translation>
        </message>
        <message>
            <source>Your &amp;check-ins:</source>
            <translation>Вашите про&amp;верки:</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>&amp;Цели:</translation>
        </message>
        <message>
            <source>&amp;Guidelines:</source>
            <translation>&amp;Насоки:</translation>
        </message>
        <message>
            <source>Career &amp;levels
(lowest first):</source>
            <translation>Нива в &amp;кариерата
(от най-ниското):</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Общи</translation>
        </message>
        <message>
            <source>&amp;Intake</source>
            <translation>&amp;Прием</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>New level</source>
            <translation>Ново ниво</translation>
        </message>
    </context>
    <context>
        <name>ProgramView</name>
        <message>
            <source>Overview</source>
            <translation>Общ преглед</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Днес</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участници</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Съчетаване</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Двойки</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Календар</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Обратна връзка</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Табло</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ресурси</translation>
        </message>
        <message>
            <source>Read-only: this program is open in another MentorDesk window, so nothing can be changed here. Close it there to edit it here.</source>
            <translation>Само за четене: тази програма е отворена в друг прозорец на MentorDesk, затова тук нищо не може да се променя. Затворете я там, за да я редактирате тук.</translation>
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
            <translation>Редактиране на въпросите</translation>
        </message>
        <message>
            <source>The questions of every feedback round. Answers already given keep their values; a removed question is no longer asked.</source>
            <translation>Въпросите на всеки етап на анкетата. Вече дадените отговори запазват стойностите си; премахнат въпрос вече не се задава.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Въпрос</translation>
        </message>
        <message>
            <source>Who is asked</source>
            <translation>Кой отговаря</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Отговор</translation>
        </message>
        <message>
            <source>&amp;Add Question</source>
            <translation>&amp;Добавяне на въпрос</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Премахване</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Преместване на&amp;горе</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Преместване надо&amp;лу</translation>
        </message>
        <message>
            <source>&amp;Built-in Questions</source>
            <translation>&amp;Вградени въпроси</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>Въпрос %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Participants</source>
            <translation>Участници</translation>
        </message>
        <message>
            <source>Match rate</source>
            <translation>Дял на съчетаните</translation>
        </message>
        <message>
            <source>%1 of %2 matched</source>
            <translation>%1 от %2 съчетани</translation>
        </message>
        <message>
            <source>Active pairs</source>
            <translation>Активни двойки</translation>
        </message>
        <message>
            <source>Sessions this month</source>
            <translation>Срещи този месец</translation>
        </message>
        <message>
            <source>Median days since the last session</source>
            <translation>Медиана на дните от последната среща</translation>
        </message>
        <message>
            <source>over the active pairs</source>
            <translation>за активните двойки</translation>
        </message>
        <message>
            <source>Goals completed</source>
            <translation>Завършени цели</translation>
        </message>
        <message>
            <source>%1 of %2 goals</source>
            <translation>%1 от %2 цели</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>Средна удовлетвореност</translation>
        </message>
        <message>
            <source>%n answers</source>
            <translation>Отговори: %n</translation>
        </message>
        <message>
            <source>Net Promoter Score</source>
            <translation>Индекс NPS</translation>
        </message>
        <message>
            <source>Pairs closed</source>
            <translation>Приключени двойки</translation>
        </message>
        <message>
            <source>Program report</source>
            <translation>Отчет за програмата</translation>
        </message>
        <message>
            <source>Runs from %1 to %2.</source>
            <translation>Провежда се от %1 до %2.</translation>
        </message>
        <message>
            <source>The program</source>
            <translation>Програмата</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>Накратко</translation>
        </message>
        <message>
            <source>Pairs needing attention</source>
            <translation>Двойки, които се нуждаят от внимание</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Двойка</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Every active pair is on track.</source>
            <translation>Всички активни двойки се развиват добре.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Цел</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завършена</translation>
        </message>
        <message>
            <source>No goal was completed in this period.</source>
            <translation>През този период не е завършена нито една цел.</translation>
        </message>
        <message>
            <source>In their words</source>
            <translation>С техните думи</translation>
        </message>
        <message>
            <source>No feedback comments in this period.</source>
            <translation>Няма коментари в обратната връзка за този период.</translation>
        </message>
        <message>
            <source>Written by MentorDesk on %1. Quotes are anonymised; private and confidential notes are never included.</source>
            <translation>Създаден от MentorDesk на %1. Цитатите са анонимизирани; личните и поверителните бележки никога не се включват.</translation>
        </message>
    </context>
    <context>
        <name>ResourceDialog</name>
        <message>
            <source>Edit resource</source>
            <translation>Редактиране на ресурс</translation>
        </message>
        <message>
            <source>Add resource</source>
            <translation>Добавяне на ресурс</translation>
        </message>
        <message>
            <source>e.g. Preparing a ten-minute talk</source>
            <translation>напр. Подготовка на десетминутно изказване</translation>
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation>https://… (по избор)</translation>
        </message>
        <message>
            <source>Choose &amp;File…</source>
            <translation>Избор на &amp;файл…</translation>
        </message>
        <message>
            <source>Re&amp;move File</source>
            <translation>Пре&amp;махване на файла</translation>
        </message>
        <message>
            <source>Skills it helps with, separated by commas</source>
            <translation>Умения, за които помага, разделени със запетаи</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заглавие:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Link:</source>
            <translation>Връз&amp;ка:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>&amp;Skills:</source>
            <translation>&amp;Умения:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>Add Resource</source>
            <translation>Добавяне на ресурс</translation>
        </message>
        <message>
            <source>Copy a file into the program</source>
            <translation>Копиране на файл в програмата</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Всички файлове (*)</translation>
        </message>
        <message>
            <source>No file copied in</source>
            <translation>Няма копиран файл</translation>
        </message>
        <message>
            <source>Mentees want: %1</source>
            <translation>Търсени от менти: %1</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <source>Find by title or skill…</source>
            <translation>Търсене по заглавие или умение…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Helps with</source>
            <translation>Помага за</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>Връзка или файл</translation>
        </message>
        <message>
            <source>&amp;Add Resource…</source>
            <translation>&amp;Добавяне на ресурс…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Редактиране…</translation>
        </message>
        <message>
            <source>&amp;Open Link</source>
            <translation>&amp;Отваряне на връзката</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Изтриване</translation>
        </message>
        <message>
            <source>Resource library</source>
            <translation>Библиотека с ресурси</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>For</source>
            <translation>За кого</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Присъствали</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Материал</translation>
        </message>
        <message>
            <source>Add &amp;Workshop…</source>
            <translation>Добавяне на се&amp;минар…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Редак&amp;тиране…</translation>
        </message>
        <message>
            <source>Atte&amp;ndance…</source>
            <translation>&amp;Присъствие…</translation>
        </message>
        <message>
            <source>Import &amp;Sign-In Sheet…</source>
            <translation>Импортиране на присъствен &amp;списък…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>Изтрива&amp;не</translation>
        </message>
        <message>
            <source>Workshops and trainings</source>
            <translation>Семинари и обучения</translation>
        </message>
        <message>
            <source> (required)</source>
            <translation> (задължително)</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation>предстои</translation>
        </message>
        <message>
            <source>%n resource</source>
            <translation>%n ресурс</translation>
        </message>
        <message>
            <source>%n resources</source>
            <translation>%n ресурса</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 от %2</translation>
        </message>
        <message>
            <source>Save &amp;File…</source>
            <translation>&amp;Запазване на файла…</translation>
        </message>
        <message>
            <source>Delete “%1” from the library? Edit ▸ Undo brings it back.</source>
            <translation>Да се изтрие ли „%1“ от библиотеката? С Редактиране ▸ Отмяна можете да го върнете.</translation>
        </message>
        <message>
            <source>Delete resource</source>
            <translation>Изтриване на ресурс</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Изтриване</translation>
        </message>
        <message>
            <source>Delete “%1” and its attendance? Edit ▸ Undo brings it back.</source>
            <translation>Да се изтрие ли „%1“ заедно с присъствието? С Редактиране ▸ Отмяна можете да го върнете.</translation>
        </message>
        <message>
            <source>Delete workshop</source>
            <translation>Изтриване на семинар</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не е запазено</translation>
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <source>&amp;Import Roster…</source>
            <translation>Импортиране на с&amp;писък на участниците…</translation>
        </message>
        <message>
            <source>&amp;Export Workbook…</source>
            <translation>&amp;Експортиране на работна книга…</translation>
        </message>
        <message>
            <source>Export Sign-up &amp;Template…</source>
            <translation>Експортиране на &amp;шаблон за записване…</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Импортиране на %1…</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Нищо не е импортирано</translation>
        </message>
        <message>
            <source>Imported %1: %2</source>
            <translation>Импортирането на %1 завърши: %2</translation>
        </message>
        <message>
            <source>Export workbook</source>
            <translation>Експортиране на работна книга</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Работни книги на Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Експортиране…</translation>
        </message>
        <message>
            <source>Workbook not exported</source>
            <translation>Работната книга не е експортирана</translation>
        </message>
        <message>
            <source>Exported to %1: %2</source>
            <translation>Експортирано в %1: %2</translation>
        </message>
        <message>
            <source>Export sign-up template</source>
            <translation>Експортиране на шаблон за записване</translation>
        </message>
        <message>
            <source>Template not exported</source>
            <translation>Шаблонът не е експортиран</translation>
        </message>
        <message>
            <source>Sign-up template saved to %1</source>
            <translation>Шаблонът за записване е запазен в %1</translation>
        </message>
        <message>
            <source>The workbook holds participants, pairs, goals, sessions and feedback. Private notes and confidential session notes are left out.</source>
            <translation>Работната книга съдържа участници, двойки, цели, срещи и обратна връзка. Личните бележки и поверителните бележки от срещите не се включват.</translation>
        </message>
        <message>
            <source>Include &amp;confidential notes (only for people allowed to read them)</source>
            <translation>Включване на &amp;поверителните бележки (само за хора с право да ги четат)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експортиране</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <source>Show more (%1 of %2 shown)</source>
            <translation>Показване на още (показани %1 от %2)</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Edit session</source>
            <translation>Редактиране на среща</translation>
        </message>
        <message>
            <source>Log session</source>
            <translation>Записване на среща</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Separate with commas, e.g. Feedback, Next role</source>
            <translation>Разделете със запетаи, напр. Обратна връзка, Следваща роля</translation>
        </message>
        <message>
            <source>Confidential: shown only after a click</source>
            <translation>Поверително: показва се само след щракване</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>Продъ&amp;лжителност:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Състояние:</translation>
        </message>
        <message>
            <source>&amp;Attended:</source>
            <translation>&amp;Присъствали:</translation>
        </message>
        <message>
            <source>&amp;Topics:</source>
            <translation>&amp;Теми:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Бележки:</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Последващо действие</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Цел</translation>
        </message>
        <message>
            <source>Add F&amp;ollow-up</source>
            <translation>Д&amp;обавяне на действие</translation>
        </message>
        <message>
            <source>&amp;Remove Follow-up</source>
            <translation>Пре&amp;махване на действие</translation>
        </message>
        <message>
            <source>Follow-&amp;ups (they become action steps):</source>
            <translation>Последващи действ&amp;ия (стават стъпки):</translation>
        </message>
        <message>
            <source>Add a goal first: follow-ups become steps of a goal.</source>
            <translation>Първо добавете цел: последващите действия стават стъпки към цел.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>Log Session</source>
            <translation>Записване на среща</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Следваща среща</translation>
        </message>
        <message>
            <source>Tick who came, or mark the session missed.</source>
            <translation>Отметнете кой е присъствал или отбележете срещата като пропусната.</translation>
        </message>
        <message>
            <source>Follow-up %1: %2</source>
            <translation>Последващо действие %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SessionsSection</name>
        <message>
            <source>Sessions</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Състояние</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Продължителност</translation>
        </message>
        <message>
            <source>Topics and notes</source>
            <translation>Теми и бележки</translation>
        </message>
        <message>
            <source>Log Session…</source>
            <translation>Записване на среща…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Редактиране…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Изтриване</translation>
        </message>
        <message>
            <source>Show Notes</source>
            <translation>Показване на бележките</translation>
        </message>
        <message>
            <source>Show the notes marked confidential</source>
            <translation>Показване на бележките, отбелязани като поверителни</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <source>No sessions logged yet.</source>
            <translation>Все още няма записани срещи.</translation>
        </message>
        <message>
            <source>The latest %1 of %2 sessions</source>
            <translation>Последните %1 от %2 срещи</translation>
        </message>
        <message>
            <source>%n session</source>
            <translation>%n среща</translation>
        </message>
        <message>
            <source>%n sessions</source>
            <translation>%n срещи</translation>
        </message>
        <message>
            <source>Hide Notes</source>
            <translation>Скриване на бележките</translation>
        </message>
        <message>
            <source>[Confidential notes hidden]</source>
            <translation>[Поверителните бележки са скрити]</translation>
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
            <translation>Управлявайте програмата си за менторство от един файл на този компютър: участници, съчетаване, двойки, цели и срещи. Всяка промяна се запазва веднага щом я направите.</translation>
        </message>
        <message>
            <source>&amp;New program…</source>
            <translation>&amp;Нова програма…</translation>
        </message>
        <message>
            <source>&amp;Open a program…</source>
            <translation>&amp;Отваряне на програма…</translation>
        </message>
        <message>
            <source>&amp;Try the demo program</source>
            <translation>&amp;Изпробване на демо програмата</translation>
        </message>
        <message>
            <source>Recent programs</source>
            <translation>Последни програми</translation>
        </message>
    </context>
    <context>
        <name>StatusChangeDialog</name>
        <message>
            <source>Start %1</source>
            <translation>Стартиране: %1</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Стартиране</translation>
        </message>
        <message>
            <source>Started &amp;on:</source>
            <translation>&amp;Дата на стартиране:</translation>
        </message>
        <message>
            <source>The day &lt;b&gt;%1&lt;/b&gt; started: usually their first meeting.</source>
            <translation>Денят на стартиране на &lt;b&gt;%1&lt;/b&gt;: обикновено първата им среща.</translation>
        </message>
        <message>
            <source>e.g. Kick-off at the program launch</source>
            <translation>напр. Начална среща при старта на програмата</translation>
        </message>
        <message>
            <source>Pause %1</source>
            <translation>Пауза: %1</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Paused &amp;on:</source>
            <translation>&amp;Дата на паузата:</translation>
        </message>
        <message>
            <source>From which day &lt;b&gt;%1&lt;/b&gt; pause their meetings, and why.</source>
            <translation>От кой ден &lt;b&gt;%1&lt;/b&gt; прекъсват срещите си и защо.</translation>
        </message>
        <message>
            <source>e.g. Exams until the end of February</source>
            <translation>напр. Изпити до края на февруари</translation>
        </message>
        <message>
            <source>Resume %1</source>
            <translation>Възобновяване: %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Възобновяване</translation>
        </message>
        <message>
            <source>Resumed &amp;on:</source>
            <translation>&amp;Дата на възобновяване:</translation>
        </message>
        <message>
            <source>The day &lt;b&gt;%1&lt;/b&gt; took up their meetings again.</source>
            <translation>Денят, в който &lt;b&gt;%1&lt;/b&gt; подновиха срещите си.</translation>
        </message>
        <message>
            <source>e.g. Back after the exams</source>
            <translation>напр. Завръщане след изпитите</translation>
        </message>
        <message>
            <source>Reopen %1</source>
            <translation>Повторно отваряне: %1</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Повторно отваряне</translation>
        </message>
        <message>
            <source>Reopened &amp;on:</source>
            <translation>&amp;Дата на повторно отваряне:</translation>
        </message>
        <message>
            <source>The day &lt;b&gt;%1&lt;/b&gt; became active again. The closure stays in the pair's life.</source>
            <translation>Денят, в който &lt;b&gt;%1&lt;/b&gt; отново станаха активни. Приключването остава в историята на двойката.</translation>
        </message>
        <message>
            <source>e.g. The mentee asked for three more months</source>
            <translation>напр. По молба на менти: още три месеца</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Бележка (по избор):</translation>
        </message>
    </context>
    <context>
        <name>SuggestedResources</name>
        <message>
            <source>Suggested resources</source>
            <translation>Предложени ресурси</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отваряне</translation>
        </message>
        <message>
            <source>%1 · for %2</source>
            <translation>%1 · за %2</translation>
        </message>
        <message>
            <source>No resource in the library helps with what the mentees want yet.</source>
            <translation>В библиотеката все още няма ресурс за уменията, търсени от менти.</translation>
        </message>
        <message>
            <source>%1 more on the Resources page.</source>
            <translation>Още %1 на страницата „Ресурси“.</translation>
        </message>
        <message>
            <source>Save File…</source>
            <translation>Запазване на файла…</translation>
        </message>
    </context>
    <context>
        <name>SurveyPreviewModel</name>
        <message>
            <source>New</source>
            <translation>Нов</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Пропуснат</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Отхвърлен</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ред</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Какво ще стане</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
    </context>
    <context>
        <name>TickDialog</name>
        <message>
            <source>Tick “%1”</source>
            <translation>Отмятане на „%1“</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>вашето име</translation>
        </message>
        <message>
            <source>%n participant</source>
            <translation>%n участник</translation>
        </message>
        <message>
            <source>%n participants</source>
            <translation>%n участници</translation>
        </message>
        <message>
            <source>Tick “%1” for %2.</source>
            <translation>Отмятане на „%1“ за %2.</translation>
        </message>
        <message>
            <source>&amp;Done on:</source>
            <translation>&amp;Извършено на:</translation>
        </message>
        <message>
            <source>Checked &amp;by:</source>
            <translation>Проверено &amp;от:</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Отмятане</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Днес</translation>
        </message>
        <message>
            <source>Nothing needs your attention today. Every active pair has met recently, no action step is due this week, no check-in is due and no proposal is waiting.</source>
            <translation>Днес нищо не изисква вниманието ви. Всички активни двойки са се срещали наскоро, няма стъпки със срок тази седмица, няма предстоящи проверки и няма чакащи предложения.</translation>
        </message>
        <message>
            <source>This program is open read-only.</source>
            <translation>Тази програма е отворена само за четене.</translation>
        </message>
        <message>
            <source>%n thing needs you</source>
            <translation>%n нещо изисква вниманието ви</translation>
        </message>
        <message>
            <source>%n things need you</source>
            <translation>%n неща изискват вниманието ви</translation>
        </message>
        <message>
            <source>%1, %2 of them overdue.</source>
            <translation>%1, от които просрочени: %2.</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>The most urgent come first.</source>
            <translation>Най-спешните са най-отгоре.</translation>
        </message>
        <message>
            <source>Log check-in…</source>
            <translation>Записване на проверка…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Отбелязване като изпълнена</translation>
        </message>
        <message>
            <source>Open the board</source>
            <translation>Отваряне на дъската</translation>
        </message>
        <message>
            <source>Intake…</source>
            <translation>Прием…</translation>
        </message>
        <message>
            <source>Open pair</source>
            <translation>Отваряне на двойката</translation>
        </message>
        <message>
            <source>Program settings…</source>
            <translation>Настройки на програмата…</translation>
        </message>
        <message>
            <source>Step not marked done</source>
            <translation>Стъпката не е отбелязана като изпълнена</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Edit workshop or training</source>
            <translation>Редактиране на семинар или обучение</translation>
        </message>
        <message>
            <source>Add workshop</source>
            <translation>Добавяне на семинар</translation>
        </message>
        <message>
            <source>e.g. Giving and receiving feedback</source>
            <translation>напр. Даване и получаване на обратна връзка</translation>
        </message>
        <message>
            <source>Expected of everyone in its audience</source>
            <translation>Очаква се от всички в целевата група</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Няма</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Заглавие:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>З&amp;а кого:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>Re&amp;quired:</source>
            <translation>Задъ&amp;лжително:</translation>
        </message>
        <message>
            <source>&amp;Material:</source>
            <translation>&amp;Материал:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Бележки:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавяне</translation>
        </message>
    </context>
    <context>
        <name>_Section</name>
        <message>
            <source>Not saved</source>
            <translation>Не е запазено</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The disk is full</source>
            <translation>Дискът е пълен</translation>
        </message>
        <message>
            <source>The disk is full, so the last change was not saved; nothing else was changed and every earlier change is safe. Free some disk space, then make the change again.</source>
            <translation>Дискът е пълен, затова последната промяна не беше запазена; нищо друго не е променено и всички предишни промени са в безопасност. Освободете място на диска и направете промяната отново.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Нещо се обърка</translation>
        </message>
        <message>
            <source>MentorDesk ran into a problem it did not expect. Your program file is safe: every change made before this moment was saved.

If it happens again, please send this file to whoever supports you:
%1</source>
            <translation>MentorDesk срещна неочакван проблем. Файлът на програмата е в безопасност: всяка промяна, направена преди този момент, е запазена.

Ако това се случи отново, изпратете този файл на човека, който ви оказва поддръжка:
%1</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>Cannot open program</source>
            <translation>Програмата не може да бъде отворена</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Отваряне само за четене</translation>
        </message>
        <message>
            <source>%1

Backups of this program that can be restored: %2, the newest from %3.</source>
            <translation>%1

Резервни копия на тази програма, които могат да бъдат възстановени: %2, най-новото от %3.</translation>
        </message>
        <message>
            <source>Restore from Backup…</source>
            <translation>Възстановяване от резервно копие…</translation>
        </message>
        <message>
            <source>No backups</source>
            <translation>Няма резервни копия</translation>
        </message>
        <message>
            <source>There is no backup of “%1” that can be restored yet.</source>
            <translation>Все още няма резервно копие на „%1“, което може да бъде възстановено.</translation>
        </message>
        <message>
            <source>Replace the program in “%1” with the backup taken on %2 (%3 participants, %4 pairs, %5 sessions)? The program as it is now is kept as another backup.</source>
            <translation>Да се замени ли програмата в „%1“ с резервното копие от %2 (%3 участници, %4 двойки, %5 срещи)? Програмата в сегашния ѝ вид се запазва като още едно резервно копие.</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>Възстановяване от резервно копие</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Възстановяване</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Резервното копие не е възстановено</translation>
        </message>
    </context>
    <context>
        <name>certificate</name>
        <message>
            <source>mentoring a colleague</source>
            <translation>менторството на един колега</translation>
        </message>
        <message>
            <source>mentoring %n colleagues</source>
            <translation>менторството на %n колеги</translation>
        </message>
        <message>
            <source>%n session</source>
            <translation>%n среща</translation>
        </message>
        <message>
            <source>%n sessions</source>
            <translation>%n срещи</translation>
        </message>
        <message>
            <source>for %1 in %2,
%3 and %4 of mentoring from %5 to %6.</source>
            <translation>за %1 в %2,
%3 и %4 менторство от %5 до %6.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Certificate of recognition</source>
            <translation>Сертификат за признание</translation>
        </message>
        <message>
            <source>This certificate is presented to</source>
            <translation>Този сертификат се връчва на</translation>
        </message>
        <message>
            <source>Thank you for the time, care and experience you gave.</source>
            <translation>Благодарим ви за времето, грижата и опита, които споделихте.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Program coordinator</source>
            <translation>Координатор на програмата</translation>
        </message>
        <message>
            <source>SESSION</source>
            <translation>СРЕЩА</translation>
        </message>
        <message>
            <source>SESSIONS</source>
            <translation>СРЕЩИ</translation>
        </message>
        <message>
            <source>Certificate of recognition: %1</source>
            <translation>Сертификат за признание: %1</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>Add {name}</source>
            <translation>Добавяне на {name}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Редактиране на {name}</translation>
        </message>
        <message>
            <source>Set status of %n participant to {status}</source>
            <translation>Задаване на състояние „{status}“ на %n участник</translation>
        </message>
        <message>
            <source>Set status of %n participants to {status}</source>
            <translation>Задаване на състояние „{status}“ на %n участници</translation>
        </message>
        <message>
            <source>Edit program settings</source>
            <translation>Редактиране на настройките на програмата</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Импортиране на {file}</translation>
        </message>
        <message>
            <source>Change matching settings</source>
            <translation>Промяна на настройките за съчетаване</translation>
        </message>
        <message>
            <source>Never pair two people</source>
            <translation>Забрана за съчетаване на двама души</translation>
        </message>
        <message>
            <source>Allow two people to be paired</source>
            <translation>Разрешаване на съчетаване на двама души</translation>
        </message>
        <message>
            <source>Mark a preferred partner</source>
            <translation>Отбелязване на предпочитан партньор</translation>
        </message>
        <message>
            <source>Remove a preferred partner</source>
            <translation>Премахване на предпочитан партньор</translation>
        </message>
    </context>
    <context>
        <name>feedback_commands</name>
        <message>
            <source>Add answers</source>
            <translation>Добавяне на отговори</translation>
        </message>
        <message>
            <source>Edit answers</source>
            <translation>Редактиране на отговори</translation>
        </message>
        <message>
            <source>Delete answers</source>
            <translation>Изтриване на отговори</translation>
        </message>
        <message>
            <source>Import survey answers</source>
            <translation>Импортиране на отговори от анкета</translation>
        </message>
        <message>
            <source>Edit questions</source>
            <translation>Редактиране на въпроси</translation>
        </message>
    </context>
    <context>
        <name>goal_commands</name>
        <message>
            <source>Add goal</source>
            <translation>Добавяне на цел</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Изтриване на цел</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Редактиране на цел</translation>
        </message>
        <message>
            <source>Complete goal</source>
            <translation>Завършване на цел</translation>
        </message>
        <message>
            <source>Change goal status</source>
            <translation>Промяна на състоянието на цел</translation>
        </message>
        <message>
            <source>Mark step done</source>
            <translation>Отбелязване на стъпка като изпълнена</translation>
        </message>
        <message>
            <source>Mark step not done</source>
            <translation>Отбелязване на стъпка като неизпълнена</translation>
        </message>
        <message>
            <source>Log session</source>
            <translation>Записване на среща</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Редактиране на среща</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Изтриване на среща</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <source>{problem} (see '{prog} --help').</source>
            <translation>{problem} (вижте '{prog} --help').</translation>
        </message>
        <message>
            <source>“{name}” is open in MentorDesk, so this command cannot change it; close it there, then run the command again.</source>
            <translation>„{name}“ е отворен в MentorDesk, затова тази команда не може да го промени; затворете го там и изпълнете командата отново.</translation>
        </message>
        <message>
            <source>Interrupted; no file was changed.</source>
            <translation>Прекъснато; няма променени файлове.</translation>
        </message>
        <message>
            <source>MentorDesk without a window.</source>
            <translation>MentorDesk без прозорец.</translation>
        </message>
        <message>
            <source>create an empty program file</source>
            <translation>създаване на празен файл на програмата</translation>
        </message>
        <message>
            <source>Create an empty program file. Refuses to replace an existing file without --force.</source>
            <translation>Създава празен файл на програмата. Не заменя съществуващ файл без --force.</translation>
        </message>
        <message>
            <source>the file to create</source>
            <translation>файлът, който да се създаде</translation>
        </message>
        <message>
            <source>the program's name (default: the file name)</source>
            <translation>името на програмата (по подразбиране: името на файла)</translation>
        </message>
        <message>
            <source>how participants meet (default: one_to_one)</source>
            <translation>как се срещат участниците (по подразбиране: one_to_one)</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>заменя FILE, ако вече съществува</translation>
        </message>
        <message>
            <source>write the demo program to a file</source>
            <translation>записване на демонстрационната програма във файл</translation>
        </message>
        <message>
            <source>Write the demo program to a file. Refuses to replace an existing file without --force.</source>
            <translation>Записва демонстрационната програма във файл. Не заменя съществуващ файл без --force.</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>файлът, който да се запише</translation>
        </message>
        <message>
            <source>replace OUT if it exists</source>
            <translation>заменя OUT, ако вече съществува</translation>
        </message>
        <message>
            <source>the day the demo's dates are relative to (default: today)</source>
            <translation>денят, спрямо който са датите в демонстрацията (по подразбиране: днес)</translation>
        </message>
        <message>
            <source>the demo's language: en (English, the default), it (Italian) or bg (Bulgarian)</source>
            <translation>езикът на демонстрацията: en (английски, по подразбиране), it (италиански) или bg (български)</translation>
        </message>
        <message>
            <source>check a program file without changing it</source>
            <translation>проверка на файл на програмата, без да се променя</translation>
        </message>
        <message>
            <source>Print the file's schema version, program name and rows per table, and run SQLite's integrity check. Exit status 0: sound; 1: damaged; 2: not checked.</source>
            <translation>Показва версията на схемата на файла, името на програмата и броя редове във всяка таблица и изпълнява проверката за цялост на SQLite. Код на изход 0: изправен; 1: повреден; 2: не е проверен.</translation>
        </message>
        <message>
            <source>the program file</source>
            <translation>файлът на програмата</translation>
        </message>
        <message>
            <source>the program name cannot be empty</source>
            <translation>името на програмата не може да е празно</translation>
        </message>
        <message>
            <source>“{value}” is not a program format; use one of {choices}</source>
            <translation>„{value}“ не е формат на програма; използвайте някой от {choices}</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write it as YYYY-MM-DD, like 2025-03-01</source>
            <translation>„{value}“ не е дата; въведете я във вида ГГГГ-ММ-ДД, например 2025-03-01</translation>
        </message>
        <message>
            <source>Replaced {path} with an empty program “{name}” ({format}).</source>
            <translation>{path} е заменен с празна програма „{name}“ ({format}).</translation>
        </message>
        <message>
            <source>Created {path}: an empty program “{name}” ({format}).</source>
            <translation>Създаден е {path}: празна програма „{name}“ ({format}).</translation>
        </message>
        <message>
            <source>Wrote the demo program to {path} (participants: {participants}, pairs: {pairs}, sessions: {sessions}, goals: {goals}).</source>
            <translation>Демонстрационната програма е записана в {path} (участници: {participants}, двойки: {pairs}, срещи: {sessions}, цели: {goals}).</translation>
        </message>
        <message>
            <source>“{name}” could not be read to the end ({reason}); it may be damaged. Restore a backup copy.</source>
            <translation>„{name}“ не можа да бъде прочетен докрай ({reason}); възможно е да е повреден. Възстановете резервно копие.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({reason}).</source>
            <translation>„{name}“ не можа да бъде прочетен ({reason}).</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Файл: {path}</translation>
        </message>
        <message>
            <source>Schema version: {version} (this MentorDesk writes {mine})</source>
            <translation>Версия на схемата: {version} (тази версия на MentorDesk записва {mine})</translation>
        </message>
        <message>
            <source>Program: {name}</source>
            <translation>Програма: {name}</translation>
        </message>
        <message>
            <source>(missing or unreadable)</source>
            <translation>(липсва или не може да се прочете)</translation>
        </message>
        <message>
            <source>Rows per table:</source>
            <translation>Редове по таблици:</translation>
        </message>
        <message>
            <source>the program settings are missing or unreadable</source>
            <translation>настройките на програмата липсват или не могат да се прочетат</translation>
        </message>
        <message>
            <source>Integrity check: problems found ({n})</source>
            <translation>Проверка за цялост: открити проблеми ({n})</translation>
        </message>
        <message>
            <source>Integrity check: ok</source>
            <translation>Проверка за цялост: наред</translation>
        </message>
        <message>
            <source>“{name}” is damaged; restore a backup copy.</source>
            <translation>„{name}“ е повреден; възстановете резервно копие.</translation>
        </message>
        <message>
            <source>There is no folder {folder}; create it first or choose another place.</source>
            <translation>Папката {folder} не съществува; първо я създайте или изберете друго място.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the name of the file to write.</source>
            <translation>{path} е папка; посочете името на файла, който да се запише.</translation>
        </message>
        <message>
            <source>{path} already exists and was not changed; add --force to replace it.</source>
            <translation>{path} вече съществува и не е променен; добавете --force, за да го замените.</translation>
        </message>
        <message>
            <source>MentorDesk cannot write in {folder}; choose a folder you can write to.</source>
            <translation>MentorDesk не може да записва в {folder}; изберете папка, в която имате право да записвате.</translation>
        </message>
        <message>
            <source>the existing file was not changed</source>
            <translation>съществуващият файл не е променен</translation>
        </message>
        <message>
            <source>no file was created</source>
            <translation>не е създаден файл</translation>
        </message>
        <message>
            <source>{path} is open in MentorDesk; close it there, then run the command again.</source>
            <translation>{path} е отворен в MentorDesk; затворете го там и изпълнете командата отново.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}), so {unchanged}; free some disk space or choose a folder you can write to.</source>
            <translation>{path} не можа да бъде записан ({reason}), затова {unchanged}; освободете място на диска или изберете папка, в която имате право да записвате.</translation>
        </message>
        <message>
            <source>{path} could not be written, so {unchanged}: {problem}</source>
            <translation>{path} не можа да бъде записан, затова {unchanged}: {problem}</translation>
        </message>
        <message>
            <source>write the pairs' meeting plans to an .ics calendar file</source>
            <translation>записване на графиците за срещи на двойките в календарен файл .ics</translation>
        </message>
        <message>
            <source>Write the recurring meeting plan of every active pair (or of one pair) to an .ics file that Outlook, Google Calendar and Thunderbird open. Importing a newer file again updates the same events. Only names and the plan are written, never notes.</source>
            <translation>Записва графика на повтарящите се срещи на всяка активна двойка (или на една двойка) във файл .ics, който Outlook, Google Calendar и Thunderbird могат да отворят. При повторно импортиране на по-нов файл се обновяват същите събития. Записват се само имената и графикът, никога бележките.</translation>
        </message>
        <message>
            <source>only this pair (default: every active pair)</source>
            <translation>само тази двойка (по подразбиране: всяка активна двойка)</translation>
        </message>
        <message>
            <source>There is no pair {id} in “{name}”.</source>
            <translation>Няма двойка {id} в „{name}“.</translation>
        </message>
        <message>
            <source>Wrote the meeting plan of pair {id} to {path}.</source>
            <translation>Графикът за срещи на двойка {id} е записан в {path}.</translation>
        </message>
        <message>
            <source>Wrote the meeting plans of {n} pairs to {path}.</source>
            <translation>Графиците за срещи на {n} двойки са записани в {path}.</translation>
        </message>
        <message>
            <source>propose pairs or groups with the best total compatibility</source>
            <translation>предлагане на двойки или групи с най-добра обща съвместимост</translation>
        </message>
        <message>
            <source>Propose mentor–mentee pairs, peer pairs or peer groups for everyone not yet in a pair, print them with their scores, the total and who is left out and why. Nothing is written unless --apply is given; then the proposals are stored as proposed pairs for the coordinator to confirm.</source>
            <translation>Предлага двойки ментор–менти, двойки или групи от колеги за всички, които още не са в двойка, и ги показва с резултатите им, общия резултат и кой остава извън и защо. Нищо не се записва, освен ако не е зададено --apply; тогава предложенията се запазват като предложени двойки, които координаторът да потвърди.</translation>
        </message>
        <message>
            <source>default: from the program's format</source>
            <translation>по подразбиране: според формата на програмата</translation>
        </message>
        <message>
            <source>people per group (3–6); default: the program's matching settings</source>
            <translation>хора в група (3–6); по подразбиране: настройките за съчетаване на програмата</translation>
        </message>
        <message>
            <source>store the proposals</source>
            <translation>запазва предложенията</translation>
        </message>
        <message>
            <source>write every combination's score</source>
            <translation>извежда резултата на всяка комбинация</translation>
        </message>
        <message>
            <source>A group has 3 to 6 people; --group-size {n} is not possible.</source>
            <translation>Една група има от 3 до 6 души; --group-size {n} не е възможно.</translation>
        </message>
        <message>
            <source>No backup was made: {problem}</source>
            <translation>Не беше направено резервно копие: {problem}</translation>
        </message>
        <message>
            <source>There is nobody to match: the program needs mentors with places left and mentees without a mentor.</source>
            <translation>Няма кого да съчетаете: в програмата трябва да има ментори със свободни места и менти без ментор.</translation>
        </message>
        <message>
            <source>Total score: {total:.0f} for {n} pairs.</source>
            <translation>Общ резултат: {total:.0f} за {n} двойки.</translation>
        </message>
        <message>
            <source>Unmatched: {name}: {why}</source>
            <translation>Без двойка: {name}: {why}</translation>
        </message>
        <message>
            <source>There is nobody to match: fewer than two people are not in a pair or group yet.</source>
            <translation>Няма кого да съчетаете: по-малко от двама души още не са в двойка или група.</translation>
        </message>
        <message>
            <source>an odd one out, or nobody eligible left</source>
            <translation>нечетен брой или не остана подходящ човек</translation>
        </message>
        <message>
            <source>Stored {n} proposals in {db}; confirm them in MentorDesk.</source>
            <translation>{n} предложения са запазени в {db}; потвърдете ги в MentorDesk.</translation>
        </message>
        <message>
            <source>Group {n}</source>
            <translation>Група {n}</translation>
        </message>
        <message>
            <source>every eligible mentor's places went to mentees who fit them better</source>
            <translation>местата на всички подходящи ментори бяха дадени на менти, които им пасват по-добре</translation>
        </message>
        <message>
            <source>no eligible mentor ({reason})</source>
            <translation>няма подходящ ментор ({reason})</translation>
        </message>
        <message>
            <source>write the program report as a PDF</source>
            <translation>записване на отчета за програмата като PDF</translation>
        </message>
        <message>
            <source>Write the program report as a PDF, ready to hand to a board: the program summary, the dashboard's figures and charts, the pairs needing attention, the goals completed and anonymised quotes from feedback. Private and confidential notes are never included.</source>
            <translation>Записва отчета за програмата като PDF, готов за представяне пред управителен съвет: обобщение на програмата, показателите и графиките от таблото, двойките, които се нуждаят от внимание, постигнатите цели и анонимизирани цитати от обратната връзка. Личните и поверителните бележки никога не се включват.</translation>
        </message>
        <message>
            <source>only what happened on or after this day (default: from the start)</source>
            <translation>само случилото се на този ден или след него (по подразбиране: от началото)</translation>
        </message>
        <message>
            <source>only what happened on or before this day (default: up to today)</source>
            <translation>само случилото се на този ден или преди него (по подразбиране: до днес)</translation>
        </message>
        <message>
            <source>The period ends before it starts; check --from and --to.</source>
            <translation>Периодът завършва, преди да започне; проверете --from и --to.</translation>
        </message>
        <message>
            <source>The report is a PDF: give a file name ending in .pdf, not “{name}”.</source>
            <translation>Отчетът е PDF: посочете име на файл, завършващо на .pdf, а не „{name}“.</translation>
        </message>
        <message>
            <source>There is no folder “{folder}” to write the report in.</source>
            <translation>Няма папка „{folder}“, в която да се запише отчетът.</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {reason}</source>
            <translation>Отчетът не можа да бъде записан в {path}: {reason}</translation>
        </message>
        <message>
            <source>Wrote the program report to {path}.</source>
            <translation>Отчетът за програмата е записан в {path}.</translation>
        </message>
        <message>
            <source>import a roster (.xlsx or .csv) into a program file</source>
            <translation>импортиране на списък на участниците (.xlsx или .csv) във файл на програмата</translation>
        </message>
        <message>
            <source>Import participants from an Excel workbook or a CSV file (also Microsoft Forms and Google Forms exports). Prints what was imported and every rejected row with its reason. Exit status 0 when the import happened, 2 when nothing could be imported.</source>
            <translation>Импортира участници от работна книга на Excel или от CSV файл (включително експортирани от Microsoft Forms и Google Forms). Показва какво е импортирано и всеки отхвърлен ред с причината. Код на изход 0, когато импортирането е извършено, и 2, когато нищо не може да бъде импортирано.</translation>
        </message>
        <message>
            <source>the .xlsx or .csv file</source>
            <translation>файлът .xlsx или .csv</translation>
        </message>
        <message>
            <source>import only this sheet (repeatable)</source>
            <translation>импортиране само на този лист (може да се повтаря)</translation>
        </message>
        <message>
            <source>everyone's role, when the roster does not say it</source>
            <translation>ролята на всички, когато списъкът не я посочва</translation>
        </message>
        <message>
            <source>a mapping saved by the wizard</source>
            <translation>съответствие, запазено от съветника</translation>
        </message>
        <message>
            <source>what to do with people already in the program (default: update)</source>
            <translation>какво да се направи с хората, които вече са в програмата (по подразбиране: update)</translation>
        </message>
        <message>
            <source>show what would happen; change nothing</source>
            <translation>показва какво би станало, без да променя нищо</translation>
        </message>
        <message>
            <source>export the program to an Excel workbook</source>
            <translation>експортиране на програмата в работна книга на Excel</translation>
        </message>
        <message>
            <source>Write participants, pairs, goals, sessions and feedback to one .xlsx workbook. Private and confidential notes are left out unless --include-confidential is given.</source>
            <translation>Записва участниците, двойките, целите, срещите и обратната връзка в една работна книга .xlsx. Личните бележки и поверителните бележки от срещите се пропускат, освен ако не е зададено --include-confidential.</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>работната книга, която да се запише</translation>
        </message>
        <message>
            <source>also write private notes and confidential session notes</source>
            <translation>записва също личните бележки и поверителните бележки от срещите</translation>
        </message>
        <message>
            <source>“{file}” has no sheet “{sheet}”; its sheets are: {names}.</source>
            <translation>„{file}“ няма лист „{sheet}“; листовете му са: {names}.</translation>
        </message>
        <message>
            <source>No sheet of “{file}” looks like a roster (no name or e-mail column found); import it in the wizard to choose the columns, or pass --mapping.</source>
            <translation>Нито един лист на „{file}“ не прилича на списък на участниците (няма колона с име или e-mail); импортирайте го чрез съветника, за да изберете колоните, или използвайте --mapping.</translation>
        </message>
        <message>
            <source>sheet “{sheet}”, row {row}</source>
            <translation>лист „{sheet}“, ред {row}</translation>
        </message>
        <message>
            <source>rejected: {line}</source>
            <translation>отхвърлен: {line}</translation>
        </message>
        <message>
            <source>… and {n} more rejected rows.</source>
            <translation>… и още {n} отхвърлени реда.</translation>
        </message>
        <message>
            <source>New career levels added to the program: {levels}.</source>
            <translation>Нови нива в кариерата, добавени към програмата: {levels}.</translation>
        </message>
        <message>
            <source>Would import</source>
            <translation>Би бил импортиран</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортиран е</translation>
        </message>
        <message>
            <source>{verb} {file} into {db}: {summary}.</source>
            <translation>{verb} {file} в {db}: {summary}.</translation>
        </message>
        <message>
            <source>nothing could be imported from “{file}”: every row was rejected.</source>
            <translation>нищо не можа да бъде импортирано от „{file}“: всички редове са отхвърлени.</translation>
        </message>
        <message>
            <source>Exported {db} to {out}: {summary}.</source>
            <translation>{db} е експортиран в {out}: {summary}.</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Пълно име</translation>
        </message>
        <message>
            <source>Came (yes or no)</source>
            <translation>Присъствие (да или не)</translation>
        </message>
        <message>
            <source>Choose the column with the e-mail addresses, or the columns with the first and last names (or the full name).</source>
            <translation>Изберете колоната с e-mail адресите или колоните с името и фамилията (или с пълното име).</translation>
        </message>
        <message>
            <source>{came} came ({new} not ticked yet), {absent} did not come, {rejected} rejected</source>
            <translation>{came} присъствали ({new} още неотбелязани), {absent} отсъствали, {rejected} отхвърлени</translation>
        </message>
        <message>
            <source>“{text}” is neither yes nor no.</source>
            <translation>„{text}“ не е нито „да“, нито „не“.</translation>
        </message>
        <message>
            <source>{name} is a {role}; this training is for {audience}.</source>
            <translation>{name} е {role}; това обучение е за {audience}.</translation>
        </message>
        <message>
            <source>{name} is also on row {row}, which counts instead.</source>
            <translation>{name} е и на ред {row}, който се взема предвид вместо този.</translation>
        </message>
        <message>
            <source>No participant has the e-mail address {email}.</source>
            <translation>Няма участник с e-mail адрес {email}.</translation>
        </message>
        <message>
            <source>No name.</source>
            <translation>Няма име.</translation>
        </message>
        <message>
            <source>No e-mail address.</source>
            <translation>Няма e-mail адрес.</translation>
        </message>
        <message>
            <source>No e-mail address or name.</source>
            <translation>Няма e-mail адрес или име.</translation>
        </message>
        <message>
            <source>No participant is called {name}.</source>
            <translation>Няма участник с име {name}.</translation>
        </message>
        <message>
            <source>{count} participants are called {name}: add their e-mail addresses to the sheet.</source>
            <translation>{count} участници се казват {name}: добавете e-mail адресите им в листа.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ред</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кой</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Колона</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>No backup of “{name}” could be written ({reason}); nothing was changed.</source>
            <translation>Не можа да бъде записано резервно копие на „{name}“ ({reason}); нищо не е променено.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>дискът е пълен</translation>
        </message>
        <message>
            <source>“{name}” could not be restored ({reason}); it was not changed.</source>
            <translation>„{name}“ не можа да бъде възстановен ({reason}); файлът не е променен.</translation>
        </message>
        <message>
            <source>The backup “{name}” cannot be read ({reason}); nothing was changed.</source>
            <translation>Резервното копие „{name}“ не може да бъде прочетено ({reason}); нищо не е променено.</translation>
        </message>
        <message>
            <source>Score {score:.0f} of 100</source>
            <translation>Резултат {score:.0f} от 100</translation>
        </message>
        <message>
            <source>Not eligible: {reason}</source>
            <translation>Не могат да са двойка: {reason}</translation>
        </message>
        <message>
            <source>Not offered for matching (withdrawn).</source>
            <translation>Не участва в съчетаването (оттегляне).</translation>
        </message>
        <message>
            <source>Not placed yet: {n} eligible partners have a place left.</source>
            <translation>Все още без двойка: {n} подходящи партньори имат свободни места.</translation>
        </message>
        <message>
            <source>Everyone who fits is taken ({n} eligible, no place left).</source>
            <translation>Всички подходящи са заети ({n} подходящи, няма свободни места).</translation>
        </message>
        <message>
            <source>Nobody else to pair with.</source>
            <translation>Няма с кого друг да се състави двойка.</translation>
        </message>
        <message>
            <source>No eligible partner: {reason}</source>
            <translation>Няма подходящ партньор: {reason}</translation>
        </message>
        <message>
            <source>{name}'s pair is {status}: it is kept as it is.</source>
            <translation>Двойката на {name} е {status}: остава непроменена.</translation>
        </message>
        <message>
            <source>{name}'s proposal is locked; unlock it first.</source>
            <translation>Предложението за {name} е заключено; първо го отключете.</translation>
        </message>
        <message>
            <source>Nobody can be paired with themselves.</source>
            <translation>Никой не може да бъде в двойка със себе си.</translation>
        </message>
        <message>
            <source>{name} is {status}: it is kept as it is.</source>
            <translation>{name} е {status}: остава непроменена.</translation>
        </message>
        <message>
            <source>{name} is a locked proposal; unlock it first.</source>
            <translation>{name} е заключено предложение; първо го отключете.</translation>
        </message>
        <message>
            <source>{name} has no place left ({taken} of {capacity} taken).</source>
            <translation>{name} няма свободни места (заети {taken} от {capacity}).</translation>
        </message>
        <message>
            <source>{name} is not offered for matching.</source>
            <translation>{name} не участва в съчетаването.</translation>
        </message>
        <message>
            <source>Return {name} to the unmatched</source>
            <translation>Връщане на {name} при несъчетаните</translation>
        </message>
        <message>
            <source>a new group</source>
            <translation>нова група</translation>
        </message>
        <message>
            <source>Place {name} with {other}</source>
            <translation>Съчетаване на {name} с {other}</translation>
        </message>
        <message>
            <source>Lock proposals</source>
            <translation>Заключване на предложенията</translation>
        </message>
        <message>
            <source>Unlock proposals</source>
            <translation>Отключване на предложенията</translation>
        </message>
        <message>
            <source>Confirm {n} proposals</source>
            <translation>Потвърждаване на {n} предложения</translation>
        </message>
        <message>
            <source>Clear {n} proposals</source>
            <translation>Изчистване на {n} предложения</translation>
        </message>
        <message>
            <source>Auto-match {n} proposals</source>
            <translation>Автоматично съчетаване: {n} предложения</translation>
        </message>
        <message>
            <source>Start round {n}</source>
            <translation>Започване на кръг {n}</translation>
        </message>
        <message>
            <source>Pair {id} is {status}; only active pairs have planned meetings.</source>
            <translation>Двойка {id} е {status}; само активните двойки имат планирани срещи.</translation>
        </message>
        <message>
            <source>Pair {id} has no meeting plan with a day and a time; set one in MentorDesk first.</source>
            <translation>Двойка {id} няма график за срещи с ден и час; първо го задайте в MentorDesk.</translation>
        </message>
        <message>
            <source>Pair {id} has no planned meeting before its end date.</source>
            <translation>Двойка {id} няма планирани срещи преди крайната си дата.</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} и {last}</translation>
        </message>
        <message>
            <source>{group}: {names}</source>
            <translation>{group}: {names}</translation>
        </message>
        <message>
            <source>Mentoring: {names}</source>
            <translation>Менторство: {names}</translation>
        </message>
        <message>
            <source>No active pair has a meeting plan with a day and a time, so no calendar was written.</source>
            <translation>Никоя активна двойка няма график за срещи с ден и час, затова не е записан календар.</translation>
        </message>
        <message>
            <source>Every {day} at {time}</source>
            <translation>Всяка седмица: {day}, в {time} ч.</translation>
        </message>
        <message>
            <source>Every two weeks on {day} at {time}</source>
            <translation>На всеки две седмици: {day}, в {time} ч.</translation>
        </message>
        <message>
            <source>The last {day} of every month at {time}</source>
            <translation>Всеки месец: {day} от последната седмица, в {time} ч.</translation>
        </message>
        <message>
            <source>The {nth} {day} of every month at {time}</source>
            <translation>Всеки месец: {day} от {nth} седмица, в {time} ч.</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>първата</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>втората</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>третата</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>четвъртата</translation>
        </message>
        <message>
            <source>{plan}. Mentoring program “{program}”.</source>
            <translation>{plan}. Програма за менторство „{program}“.</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>понеделник</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>вторник</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>сряда</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>четвъртък</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>петък</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>събота</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>неделя</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 час</translation>
        </message>
        <message>
            <source>{n} hours</source>
            <translation>{n} часа</translation>
        </message>
        <message>
            <source>This person is not in the program (any more).</source>
            <translation>Този човек (вече) не е в програмата.</translation>
        </message>
        <message>
            <source>{name} has not mentored anyone in this program, so there is nothing to certify. Certificates are for mentors of a pair or group.</source>
            <translation>{name} не е ментор на никого в тази програма, затова няма какво да се удостовери. Сертификатите са за ментори на двойка или група.</translation>
        </message>
        <message>
            <source>{name} has no held session logged yet; log their sessions first.</source>
            <translation>За {name} още няма записана проведена среща; първо запишете срещите.</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Дистанционно</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Подходящ</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Оттеглил се</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Същият човек</translation>
        </message>
        <message>
            <source>Never pair</source>
            <translation>Никога в двойка</translation>
        </message>
        <message>
            <source>No shared language</source>
            <translation>Няма общ език</translation>
        </message>
        <message>
            <source>Mentor not above</source>
            <translation>Менторът не е по-високо</translation>
        </message>
        <message>
            <source>Same department</source>
            <translation>Един и същ отдел</translation>
        </message>
        <message>
            <source>No places left</source>
            <translation>Няма свободни места</translation>
        </message>
        <message>
            <source>Outside the level gap</source>
            <translation>Извън допустимата разлика в нивата</translation>
        </message>
        <message>
            <source>{a} and {b} have withdrawn</source>
            <translation>{a} и {b} се оттеглиха</translation>
        </message>
        <message>
            <source>{name} has withdrawn</source>
            <translation>{name} се оттегли</translation>
        </message>
        <message>
            <source>{name} cannot be paired with themselves</source>
            <translation>{name} не може да бъде в двойка със себе си</translation>
        </message>
        <message>
            <source>The coordinator ruled out pairing {a} and {b}</source>
            <translation>Координаторът е изключил съчетаването на {a} и {b}</translation>
        </message>
        <message>
            <source>No language in common ({a}: {x}; {b}: {y})</source>
            <translation>Няма общ език ({a}: {x}; {b}: {y})</translation>
        </message>
        <message>
            <source>{a} ({x}) is not above {b} ({y})</source>
            <translation>{a} ({x}) не е на по-високо ниво от {b} ({y})</translation>
        </message>
        <message>
            <source>Both in {department}, and the program pairs across departments</source>
            <translation>И двамата са в {department}, а програмата съчетава хора от различни отдели</translation>
        </message>
        <message>
            <source>{name} has no places left for another mentee</source>
            <translation>{name} няма свободно място за още един менти</translation>
        </message>
        <message>
            <source>{gap} (required: {ideal} levels above)</source>
            <translation>{gap} (изискване: {ideal} нива по-високо)</translation>
        </message>
        <message>
            <source>Both are {level}</source>
            <translation>И двамата са {level}</translation>
        </message>
        <message>
            <source>{a} is 1 level above {b}</source>
            <translation>{a} е с 1 ниво над {b}</translation>
        </message>
        <message>
            <source>{a} is 1 level below {b}</source>
            <translation>{a} е с 1 ниво под {b}</translation>
        </message>
        <message>
            <source>{a} is {n} levels above {b}</source>
            <translation>{a} е с {n} нива над {b}</translation>
        </message>
        <message>
            <source>{a} is {n} levels below {b}</source>
            <translation>{a} е с {n} нива под {b}</translation>
        </message>
        <message>
            <source>Shared interests: {items}</source>
            <translation>Общи интереси: {items}</translation>
        </message>
        <message>
            <source>Shared interests: {items} ({n} of {name}’s {total})</source>
            <translation>Общи интереси: {items} ({n} от {total} на {name})</translation>
        </message>
        <message>
            <source>No shared interests</source>
            <translation>Няма общи интереси</translation>
        </message>
        <message>
            <source>{name} listed no interests</source>
            <translation>Без посочени интереси: {name}</translation>
        </message>
        <message>
            <source>Both speak {items}</source>
            <translation>И двамата говорят {items}</translation>
        </message>
        <message>
            <source>No language in common</source>
            <translation>Няма общ език</translation>
        </message>
        <message>
            <source>{name} listed no languages</source>
            <translation>Без посочени езици: {name}</translation>
        </message>
        <message>
            <source>Both free: {items}</source>
            <translation>Общо свободно време: {items}</translation>
        </message>
        <message>
            <source>Both free: {items} ({n} of {name}’s {total})</source>
            <translation>Общо свободно време: {items} ({n} от {total} на {name})</translation>
        </message>
        <message>
            <source>No free time in common</source>
            <translation>Няма общо свободно време</translation>
        </message>
        <message>
            <source>{name} gave no availability</source>
            <translation>Без посочено свободно време: {name}</translation>
        </message>
        <message>
            <source>{a} and {b}</source>
            <translation>{a} и {b}</translation>
        </message>
        <message>
            <source>{name} listed no skills to develop</source>
            <translation>Без посочени умения за развиване: {name}</translation>
        </message>
        <message>
            <source>{name} listed no skills to offer</source>
            <translation>Без посочени умения за предлагане: {name}</translation>
        </message>
        <message>
            <source>{giver} offers none of the skills {taker} wants ({skills})</source>
            <translation>{giver} не предлага нито едно от уменията, търсени от {taker} ({skills})</translation>
        </message>
        <message>
            <source>Offers none of the skills {taker} wants ({skills})</source>
            <translation>Не предлага нито едно от уменията, търсени от {taker} ({skills})</translation>
        </message>
        <message>
            <source>{giver} offers the one skill {taker} wants: {skills}</source>
            <translation>{giver} предлага единственото умение, търсено от {taker}: {skills}</translation>
        </message>
        <message>
            <source>Offers the one skill {taker} wants: {skills}</source>
            <translation>Предлага единственото умение, търсено от {taker}: {skills}</translation>
        </message>
        <message>
            <source>{giver} offers {n} of the {total} skills {taker} wants: {skills}</source>
            <translation>{giver} предлага {n} от {total} умения, търсени от {taker}: {skills}</translation>
        </message>
        <message>
            <source>Offers {n} of the {total} skills {taker} wants: {skills}</source>
            <translation>Предлага {n} от {total} умения, търсени от {taker}: {skills}</translation>
        </message>
        <message>
            <source>Career level unknown for {names}</source>
            <translation>Неизвестно ниво в кариерата за {names}</translation>
        </message>
        <message>
            <source>Same level ({level})</source>
            <translation>Едно и също ниво ({level})</translation>
        </message>
        <message>
            <source>Neighbouring levels ({a}, {b})</source>
            <translation>Съседни нива ({a}, {b})</translation>
        </message>
        <message>
            <source>{a} and {b} are {n} levels apart</source>
            <translation>{a} и {b} са на {n} нива разлика</translation>
        </message>
        <message>
            <source>{gap} (ideal: {ideal})</source>
            <translation>{gap} (идеално: {ideal})</translation>
        </message>
        <message>
            <source>{gap} (ideal: {ideal} above)</source>
            <translation>{gap} (идеално: {ideal} по-високо)</translation>
        </message>
        <message>
            <source>Department unknown for {names}</source>
            <translation>Неизвестен отдел за {names}</translation>
        </message>
        <message>
            <source>Same department ({department})</source>
            <translation>Един и същ отдел ({department})</translation>
        </message>
        <message>
            <source>Different departments ({a}, {b})</source>
            <translation>Различни отдели ({a}, {b})</translation>
        </message>
        <message>
            <source>Location unknown for {names}</source>
            <translation>Неизвестно местоположение за {names}</translation>
        </message>
        <message>
            <source>Both work remotely</source>
            <translation>И двамата работят дистанционно</translation>
        </message>
        <message>
            <source>Both in {location}</source>
            <translation>И двамата са в {location}</translation>
        </message>
        <message>
            <source>{name} works remotely</source>
            <translation>{name} работи дистанционно</translation>
        </message>
        <message>
            <source>Different locations ({a}, {b})</source>
            <translation>Различни местоположения ({a}, {b})</translation>
        </message>
        <message>
            <source>{a} and {b} asked for each other</source>
            <translation>{a} и {b} поискаха да са заедно</translation>
        </message>
        <message>
            <source>{who} asked for {whom}</source>
            <translation>{who} поиска да е с {whom}</translation>
        </message>
        <message>
            <source>{names} asked for someone else</source>
            <translation>Поискан е друг партньор от: {names}</translation>
        </message>
        <message>
            <source>No partner preferences given</source>
            <translation>Няма посочени предпочитания за партньор</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>Записани</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Съчетани</translation>
        </message>
        <message>
            <source>Active (met at least once)</source>
            <translation>Активни (поне една среща)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завършено</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участници</translation>
        </message>
        <message>
            <source>Want a match</source>
            <translation>Искат съчетаване</translation>
        </message>
        <message>
            <source>Waiting for a match</source>
            <translation>Чакат съчетаване</translation>
        </message>
        <message>
            <source>Active pairs</source>
            <translation>Активни двойки</translation>
        </message>
        <message>
            <source>Sessions this month</source>
            <translation>Срещи този месец</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>Goals completed</source>
            <translation>Постигнати цели</translation>
        </message>
        <message>
            <source>One-to-one mentoring</source>
            <translation>Менторство едно към едно</translation>
        </message>
        <message>
            <source>Peer pairs</source>
            <translation>Двойки от колеги</translation>
        </message>
        <message>
            <source>Peer groups</source>
            <translation>Групи от колеги</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Ментор</translation>
        </message>
        <message>
            <source>Mentee</source>
            <translation>Менти</translation>
        </message>
        <message>
            <source>Mentor and mentee</source>
            <translation>Ментор и менти</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Кандидат</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation>Колега</translation>
        </message>
        <message>
            <source>Goals reached</source>
            <translation>Постигнати цели</translation>
        </message>
        <message>
            <source>Planned time ended</source>
            <translation>Планираният срок изтече</translation>
        </message>
        <message>
            <source>Not a good match</source>
            <translation>Неподходящо съчетаване</translation>
        </message>
        <message>
            <source>Someone left the program</source>
            <translation>Някой напусна програмата</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Друга причина</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Не е започнато</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>По план</translation>
        </message>
        <message>
            <source>Off track</source>
            <translation>Изоставане</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>И двамата</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Лично</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Проведена</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Пропусната</translation>
        </message>
        <message>
            <source>No regular meeting</source>
            <translation>Без редовни срещи</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Ежеседмично</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>На всеки две седмици</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Ежемесечно</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Видеоразговор</translation>
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
            <translation>Роля</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>Career level</source>
            <translation>Ниво в кариерата</translation>
        </message>
        <message>
            <source>Skills offered</source>
            <translation>Предлагани умения</translation>
        </message>
        <message>
            <source>Skills wanted</source>
            <translation>Търсени умения</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Интереси</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Езици</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Местоположение</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Свободно време</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Капацитет</translation>
        </message>
        <message>
            <source>Bio</source>
            <translation>Биография</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Дата на съгласието</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Лични бележки</translation>
        </message>
        <message>
            <source>{participants} participants, {pairs} pairs, {goals} goals, {sessions} sessions, {feedback} feedback answers</source>
            <translation>{participants} участници, {pairs} двойки, {goals} цели, {sessions} срещи, {feedback} отговора с обратна връзка</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Членове</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Ментори</translation>
        </message>
        <message>
            <source>Mentees</source>
            <translation>Менти</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Начална дата</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Крайна дата</translation>
        </message>
        <message>
            <source>Closure reason</source>
            <translation>Причина за приключване</translation>
        </message>
        <message>
            <source>Closure note</source>
            <translation>Бележка при приключване</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Двойки</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} от {total}</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Двойка</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Цел</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Измерване</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Защо</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Краен срок</translation>
        </message>
        <message>
            <source>Completed date</source>
            <translation>Дата на завършване</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>Изпълнени стъпки</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Минути</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Теми</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Поверително</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Етап</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Обратна връзка</translation>
        </message>
        <message>
            <source>{id}: {members}</source>
            <translation>{id}: {members}</translation>
        </message>
        <message>
            <source>“{name}” is a folder; choose a file name.</source>
            <translation>„{name}“ е папка; изберете име на файл.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved because the folder {folder} does not exist; choose another folder.</source>
            <translation>„{name}“ не можа да бъде запазен, защото папката {folder} не съществува; изберете друга папка.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved: close it if it is open in Excel or another program, or choose a folder you can write to.</source>
            <translation>„{name}“ не можа да бъде запазен: затворете го, ако е отворен в Excel или друга програма, или изберете папка, в която имате право да записвате.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved because the disk is full; free some space or choose another drive.</source>
            <translation>„{name}“ не можа да бъде запазен, защото дискът е пълен; освободете място или изберете друго устройство.</translation>
        </message>
        <message>
            <source>“{name}” could not be saved ({reason}); choose another folder.</source>
            <translation>„{name}“ не можа да бъде запазен ({reason}); изберете друга папка.</translation>
        </message>
        <message>
            <source>Needs a check-in</source>
            <translation>Нужна е проверка</translation>
        </message>
        <message>
            <source>Too early to tell</source>
            <translation>Твърде рано е да се каже</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 ден</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} дни</translation>
        </message>
        <message>
            <source>today</source>
            <translation>днес</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>вчера</translation>
        </message>
        <message>
            <source>{days} ago</source>
            <translation>преди {days}</translation>
        </message>
        <message>
            <source>due in {days}</source>
            <translation>срокът е след {days}</translation>
        </message>
        <message>
            <source>due tomorrow</source>
            <translation>срокът е утре</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>срокът е днес</translation>
        </message>
        <message>
            <source>overdue by {days}</source>
            <translation>просрочено с {days}</translation>
        </message>
        <message>
            <source>in {days}</source>
            <translation>след {days}</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>утре</translation>
        </message>
        <message>
            <source> plus 1 day's grace</source>
            <translation> с толеранс от 1 ден</translation>
        </message>
        <message>
            <source> plus {n} days' grace</source>
            <translation> с толеранс от {n} дни</translation>
        </message>
        <message>
            <source>the pair agreed to meet every {every}{grace}</source>
            <translation>двойката се е договорила да се среща на всеки {every}{grace}</translation>
        </message>
        <message>
            <source>the program expects one every {every}{grace}</source>
            <translation>програмата предвижда по една на всеки {every}{grace}</translation>
        </message>
        <message>
            <source>No session for {days}; {expectation}</source>
            <translation>Няма среща от {days}; {expectation}</translation>
        </message>
        <message>
            <source>No session since the pair became active again {ago}; {expectation}</source>
            <translation>Няма среща, откакто двойката отново е активна ({ago}); {expectation}</translation>
        </message>
        <message>
            <source>No session since the pair started {ago}; {expectation}</source>
            <translation>Няма среща, откакто двойката започна ({ago}); {expectation}</translation>
        </message>
        <message>
            <source>No check-in yet; the program asks for the first within {days} of the start</source>
            <translation>Още няма проверка; програмата изисква първата до {days} след началото</translation>
        </message>
        <message>
            <source>{done} of {wanted} check-ins in the first month so far</source>
            <translation>Досега {done} от {wanted} проверки през първия месец</translation>
        </message>
        <message>
            <source>Last check-in {ago}; the program asks for one every {days}</source>
            <translation>Последна проверка: {ago}; програмата изисква по една на всеки {days}</translation>
        </message>
        <message>
            <source>{why}; {due}</source>
            <translation>{why}; {due}</translation>
        </message>
        <message>
            <source>1 goal is off track</source>
            <translation>1 цел изостава</translation>
        </message>
        <message>
            <source>{n} goals are off track</source>
            <translation>{n} цели изостават</translation>
        </message>
        <message>
            <source>A goal not completed passed its target date {ago}</source>
            <translation>Незавършена цел е с изтекъл краен срок ({ago})</translation>
        </message>
        <message>
            <source>No start date recorded</source>
            <translation>Няма записана начална дата</translation>
        </message>
        <message>
            <source>Starts {when}</source>
            <translation>Започва {when}</translation>
        </message>
        <message>
            <source>Active again since {ago}, no session yet; {expectation}</source>
            <translation>Отново активна от {ago}, още няма среща; {expectation}</translation>
        </message>
        <message>
            <source>Started {ago}, no session yet; {expectation}</source>
            <translation>Започна {ago}, още няма среща; {expectation}</translation>
        </message>
        <message>
            <source>Last session {ago}; {expectation}</source>
            <translation>Последна среща: {ago}; {expectation}</translation>
        </message>
        <message>
            <source>Make the goal specific: say in a few words what exactly will change.</source>
            <translation>Направете целта конкретна: опишете с няколко думи какво точно ще се промени.</translation>
        </message>
        <message>
            <source>Say how you will measure it: what will show the goal is reached?</source>
            <translation>Посочете как ще я измервате: какво ще покаже, че целта е постигната?</translation>
        </message>
        <message>
            <source>Set a target date, so the pair knows when to take stock.</source>
            <translation>Задайте краен срок, за да знае двойката кога да направи равносметка.</translation>
        </message>
        <message>
            <source>The target date has passed: mark the goal completed or set a new date.</source>
            <translation>Крайният срок е изтекъл: отбележете целта като постигната или задайте нова дата.</translation>
        </message>
        <message>
            <source>Write why it matters: a relevant goal is easier to keep working on.</source>
            <translation>Напишете защо е важна: по значима цел се работи по-лесно и по-дълго.</translation>
        </message>
        <message>
            <source>Break the goal into a few action steps, each with an owner and a date.</source>
            <translation>Разделете целта на няколко стъпки, всяка с отговорник и дата.</translation>
        </message>
        <message>
            <source>Get better at {skill}</source>
            <translation>Подобряване на {skill}</translation>
        </message>
        <message>
            <source>Use {skill} in a real piece of work and get feedback on it</source>
            <translation>Използвайте {skill} в реална работа и получете обратна връзка</translation>
        </message>
        <message>
            <source>{skill} is a skill the mentee wants to grow</source>
            <translation>{skill} е умение, което менти иска да развие</translation>
        </message>
        <message>
            <source>Rate your {skill} today and name where you want to use it</source>
            <translation>Оценете днес уменията си в {skill} и посочете къде искате да ги използвате</translation>
        </message>
        <message>
            <source>Practise {skill} on a real task</source>
            <translation>Упражнявайте {skill} в реална задача</translation>
        </message>
        <message>
            <source>Develop a new skill</source>
            <translation>Развиване на ново умение</translation>
        </message>
        <message>
            <source>Use the skill in a real piece of work and get feedback on it</source>
            <translation>Използвайте умението в реална работа и получете обратна връзка</translation>
        </message>
        <message>
            <source>Choose the skill that would help the mentee most this year</source>
            <translation>Изберете умението, което би помогнало най-много на менти тази година</translation>
        </message>
        <message>
            <source>Choose the skill and rate it today</source>
            <translation>Изберете умението и оценете нивото си днес</translation>
        </message>
        <message>
            <source>Practise the skill on a real task</source>
            <translation>Упражнявайте умението в реална задача</translation>
        </message>
        <message>
            <source>Agree on resources and exercises to try</source>
            <translation>Договорете се за ресурси и упражнения, които да опитате</translation>
        </message>
        <message>
            <source>Give feedback on the result</source>
            <translation>Дайте обратна връзка за резултата</translation>
        </message>
        <message>
            <source>Review progress and choose the next step</source>
            <translation>Прегледайте напредъка и изберете следващата стъпка</translation>
        </message>
        <message>
            <source>Develop a skill</source>
            <translation>Развиване на умение</translation>
        </message>
        <message>
            <source>Prepare a presentation about {skill}</source>
            <translation>Подготовка на презентация за {skill}</translation>
        </message>
        <message>
            <source>Prepare and give a presentation</source>
            <translation>Подготовка и изнасяне на презентация</translation>
        </message>
        <message>
            <source>Choose the audience and the one message to leave them with</source>
            <translation>Изберете аудиторията и единственото послание, което да ѝ оставите</translation>
        </message>
        <message>
            <source>Draft the outline and the slides</source>
            <translation>Подгответе плана и слайдовете</translation>
        </message>
        <message>
            <source>Rehearse twice and take feedback</source>
            <translation>Репетирайте два пъти и получете обратна връзка</translation>
        </message>
        <message>
            <source>Give the presentation</source>
            <translation>Изнесете презентацията</translation>
        </message>
        <message>
            <source>Talk over how it went and what to keep</source>
            <translation>Обсъдете как е минало и какво да запазите</translation>
        </message>
        <message>
            <source>Prepare a presentation</source>
            <translation>Подготовка на презентация</translation>
        </message>
        <message>
            <source>A talk of about ten minutes given to a real audience</source>
            <translation>Изказване от около десет минути пред реална аудитория</translation>
        </message>
        <message>
            <source>Speaking in front of a group builds visibility and confidence</source>
            <translation>Говоренето пред група изгражда видимост и увереност</translation>
        </message>
        <message>
            <source>Compare your experience, including {skill}, with what it expects</source>
            <translation>Сравнете опита си, включително {skill}, с изискванията на ролята</translation>
        </message>
        <message>
            <source>Compare your experience with what it expects</source>
            <translation>Сравнете опита си с изискванията на ролята</translation>
        </message>
        <message>
            <source>Describe the next role you want and what it expects</source>
            <translation>Опишете следващата роля, която искате, и какво изисква тя</translation>
        </message>
        <message>
            <source>Talk to someone who has that role now</source>
            <translation>Поговорете с човек, който сега заема тази роля</translation>
        </message>
        <message>
            <source>Agree a development plan with your manager</source>
            <translation>Договорете план за развитие с прекия си ръководител</translation>
        </message>
        <message>
            <source>Career path: next role</source>
            <translation>Кариерно развитие: следваща роля</translation>
        </message>
        <message>
            <source>Career path: prepare for the next role</source>
            <translation>Кариерно развитие: подготовка за следващата роля</translation>
        </message>
        <message>
            <source>A written plan for the next role, agreed with the manager</source>
            <translation>Писмен план за следващата роля, съгласуван с ръководителя</translation>
        </message>
        <message>
            <source>Knowing what the next step expects makes the work towards it deliberate</source>
            <translation>Когато знаете какво изисква следващата стъпка, работите към нея целенасочено</translation>
        </message>
        <message>
            <source>Introduce three people who are good at {skill}</source>
            <translation>Запознайте менти с трима души, които са добри в {skill}</translation>
        </message>
        <message>
            <source>Introduce three people from other teams</source>
            <translation>Запознайте менти с трима души от други екипи</translation>
        </message>
        <message>
            <source>Meet each of them for a coffee or a call</source>
            <translation>Срещнете се с всеки от тях на кафе или на разговор</translation>
        </message>
        <message>
            <source>Write down what you learnt and whom to keep in touch with</source>
            <translation>Запишете какво сте научили и с кого да поддържате връзка</translation>
        </message>
        <message>
            <source>Review the network and plan the next contacts</source>
            <translation>Прегледайте контактите и планирайте следващите</translation>
        </message>
        <message>
            <source>Grow your network</source>
            <translation>Разширяване на контактите</translation>
        </message>
        <message>
            <source>Grow a network beyond the team</source>
            <translation>Изграждане на контакти извън екипа</translation>
        </message>
        <message>
            <source>Meet five people outside the team and keep in touch with two</source>
            <translation>Запознанство с петима души извън екипа и поддържане на връзка с двама от тях</translation>
        </message>
        <message>
            <source>People who know your work open doors no plan can</source>
            <translation>Хората, които познават работата ви, отварят врати, които никой план не може</translation>
        </message>
        <message>
            <source>Lead a small project that uses {skill}</source>
            <translation>Ръководене на малък проект, в който се използва {skill}</translation>
        </message>
        <message>
            <source>Lead a small project</source>
            <translation>Ръководене на малък проект</translation>
        </message>
        <message>
            <source>Choose a project of a few weeks with your manager</source>
            <translation>Изберете с ръководителя си проект от няколко седмици</translation>
        </message>
        <message>
            <source>Plan the work, the risks and the checkpoints together</source>
            <translation>Планирайте заедно работата, рисковете и контролните точки</translation>
        </message>
        <message>
            <source>Hold the first checkpoint with the team</source>
            <translation>Проведете първата контролна точка с екипа</translation>
        </message>
        <message>
            <source>Deliver the project</source>
            <translation>Завършете проекта</translation>
        </message>
        <message>
            <source>Look back on what worked and what to change</source>
            <translation>Обсъдете какво е проработило и какво да се промени</translation>
        </message>
        <message>
            <source>Lead a project</source>
            <translation>Ръководене на проект</translation>
        </message>
        <message>
            <source>A project led from plan to delivery, with a short look back</source>
            <translation>Проект, воден от планирането до предаването, с кратка равносметка</translation>
        </message>
        <message>
            <source>Leading real work is the surest way to learn to lead</source>
            <translation>Ръководенето на реална работа е най-сигурният начин да се научите да ръководите</translation>
        </message>
        <message>
            <source>Goal completed: {title}</source>
            <translation>Постигната цел: {title}</translation>
        </message>
        <message>
            <source>Milestone reached: {step}</source>
            <translation>Постижение: {step}</translation>
        </message>
        <message>
            <source>{count} sessions held</source>
            <translation>{count} проведени срещи</translation>
        </message>
        <message>
            <source>Pair closed with its goals reached</source>
            <translation>Двойката приключи с постигнати цели</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Кандидатствал</translation>
        </message>
        <message>
            <source>Screened</source>
            <translation>Проверен</translation>
        </message>
        <message>
            <source>Trained</source>
            <translation>Обучен</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Готов</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Неприет</translation>
        </message>
        <message>
            <source>Anyone still taking part</source>
            <translation>Всеки, който още участва</translation>
        </message>
        <message>
            <source>Screened (checklist complete)</source>
            <translation>Проверен (контролният списък е изпълнен)</translation>
        </message>
        <message>
            <source>Trained (required trainings attended)</source>
            <translation>Обучен (задължителните обучения са посетени)</translation>
        </message>
        <message>
            <source>Ready (screened and trained)</source>
            <translation>Готов (проверен и обучен)</translation>
        </message>
        <message>
            <source>screening incomplete</source>
            <translation>непълна проверка</translation>
        </message>
        <message>
            <source>training incomplete</source>
            <translation>незавършено обучение</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>оттеглил се</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation>неприет</translation>
        </message>
        <message>
            <source>not accepted: {reason}</source>
            <translation>неприет: {reason}</translation>
        </message>
        <message>
            <source>{what} ({missing})</source>
            <translation>{what} ({missing})</translation>
        </message>
        <message>
            <source>A checklist item needs a name.</source>
            <translation>Всеки елемент от контролния списък трябва да има име.</translation>
        </message>
        <message>
            <source>A check expires after one month or more.</source>
            <translation>Проверката изтича след поне един месец.</translation>
        </message>
        <message>
            <source>Two checklist items have the same name.</source>
            <translation>Два елемента от контролния списък имат едно и също име.</translation>
        </message>
        <message>
            <source>A target cannot be negative.</source>
            <translation>Целевият брой не може да е отрицателен.</translation>
        </message>
        <message>
            <source>{n} {reason}</source>
            <translation>{reason} ({n})</translation>
        </message>
        <message>
            <source>{n} not ready yet: {why}</source>
            <translation>Все още не са готови ({n}): {why}</translation>
        </message>
        <message>
            <source>{name} ({role}): {why}</source>
            <translation>{name} ({role}): {why}</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Статия</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Ръководство</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <source>Workshop material</source>
            <translation>Материали за семинар</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Ориентация</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Всички</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} байта</translation>
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
            <translation>Файлът е {size}; във файла на програмата могат да се копират файлове до {limit}. Качете го на споделено устройство и вместо това добавете връзка към него.</translation>
        </message>
        <message>
            <source>The file {name} cannot be read ({reason}).</source>
            <translation>Файлът {name} не може да бъде прочетен ({reason}).</translation>
        </message>
        <message>
            <source>Enter a title for the resource.</source>
            <translation>Въведете заглавие на ресурса.</translation>
        </message>
        <message>
            <source>Enter a web address, such as https://example.org/guide, or leave it empty.</source>
            <translation>Въведете уеб адрес, например https://example.org/guide, или оставете полето празно.</translation>
        </message>
        <message>
            <source>The file needs a name without folders.</source>
            <translation>Името на файла не трябва да съдържа папки.</translation>
        </message>
        <message>
            <source>Enter a title for the workshop or training.</source>
            <translation>Въведете заглавие на семинара или обучението.</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Умения</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Език</translation>
        </message>
        <message>
            <source>Preference</source>
            <translation>Предпочитание</translation>
        </message>
        <message>
            <source>No balance</source>
            <translation>Без балансиране</translation>
        </message>
        <message>
            <source>Mix by</source>
            <translation>Смесване по</translation>
        </message>
        <message>
            <source>Keep together by</source>
            <translation>Групиране по</translation>
        </message>
        <message>
            <source>department</source>
            <translation>отдел</translation>
        </message>
        <message>
            <source>career level</source>
            <translation>ниво в кариерата</translation>
        </message>
        <message>
            <source>Prefer different departments</source>
            <translation>Предпочитане на различни отдели</translation>
        </message>
        <message>
            <source>Prefer the same department</source>
            <translation>Предпочитане на същия отдел</translation>
        </message>
        <message>
            <source>Ignore departments</source>
            <translation>Без значение от отдела</translation>
        </message>
        <message>
            <source>Goal completed</source>
            <translation>Изпълнена цел</translation>
        </message>
        <message>
            <source>Milestone reached</source>
            <translation>Постижение</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Проведени срещи</translation>
        </message>
        <message>
            <source>Closed with goals reached</source>
            <translation>Приключена с постигнати цели</translation>
        </message>
        <message>
            <source>Milestone reached: {step} (goal: {goal})</source>
            <translation>Постижение: {step} (цел: {goal})</translation>
        </message>
        <message>
            <source>{n} sessions held together</source>
            <translation>{n} срещи, проведени заедно</translation>
        </message>
        <message>
            <source>Closed with its goals reached</source>
            <translation>Приключена с постигнати цели</translation>
        </message>
        <message>
            <source>“{name}” is already open in another MentorDesk window.</source>
            <translation>„{name}“ вече е отворен в друг прозорец на MentorDesk.</translation>
        </message>
        <message>
            <source>MentorDesk cannot write in the folder of “{name}” ({reason}). Open it read-only, or copy it to a folder you can write to.</source>
            <translation>MentorDesk не може да записва в папката на „{name}“ ({reason}). Отворете го само за четене или го копирайте в папка, в която можете да записвате.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Файлът {path} не съществува.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a MentorDesk program file.</source>
            <translation>{path} е папка, а не файл на програма от MentorDesk.</translation>
        </message>
        <message>
            <source>MentorDesk cannot read “{name}”: {reason}.</source>
            <translation>MentorDesk не може да прочете „{name}“: {reason}.</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>празен е</translation>
        </message>
        <message>
            <source>it is an Excel workbook or another zip file, not a program file</source>
            <translation>това е работна книга на Excel или друг zip файл, а не файл на програма</translation>
        </message>
        <message>
            <source>it is not a MentorDesk program file</source>
            <translation>не е файл на програма от MentorDesk</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {why}. Choose a program file saved by MentorDesk, or create a new program.</source>
            <translation>„{name}“ не може да бъде отворен: {why}. Изберете файл на програма, запазен от MentorDesk, или създайте нова програма.</translation>
        </message>
        <message>
            <source>“{name}” is a database, but not a MentorDesk program file.</source>
            <translation>„{name}“ е база данни, но не е файл на програма от MentorDesk.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer MentorDesk (file version {file}, this one reads up to {mine}). Install the latest MentorDesk to open it; the file was not changed.</source>
            <translation>„{name}“ е запазен с по-нова версия на MentorDesk (версия на файла {file}, тази версия чете до {mine}). Инсталирайте най-новата версия на MentorDesk, за да го отворите; файлът не е променен.</translation>
        </message>
        <message>
            <source>The disk holding “{name}” is full, so MentorDesk cannot open it for writing. Nothing was changed; free some disk space and open it again, or open it read-only to look at it.</source>
            <translation>Дискът, на който се намира „{name}“, е пълен, затова MentorDesk не може да го отвори за запис. Нищо не е променено; освободете място на диска и го отворете отново или го отворете само за четене, за да го прегледате.</translation>
        </message>
        <message>
            <source>“{name}” is read-only, so MentorDesk cannot save changes to it. Nothing was changed; open it read-only to look at it, or copy it to a folder you can write to.</source>
            <translation>„{name}“ е само за четене, затова MentorDesk не може да запази промени в него. Нищо не е променено; отворете го само за четене, за да го прегледате, или го копирайте в папка, в която можете да записвате.</translation>
        </message>
        <message>
            <source>MentorDesk cannot open “{name}” ({reason}). Nothing was changed; open it read-only, or copy it elsewhere.</source>
            <translation>MentorDesk не може да отвори „{name}“ ({reason}). Нищо не е променено; отворете го само за четене или го копирайте другаде.</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be opened safely ({detail}). Restore a backup copy; the file was not changed.</source>
            <translation>„{name}“ е повреден и не може да бъде отворен безопасно ({detail}). Възстановете резервно копие; файлът не е променен.</translation>
        </message>
        <message>
            <source>the whole program, up to {today}</source>
            <translation>цялата програма до {today}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>от {start} до {end}</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
            <translation>нови: {new}, обновени: {updated}, без промяна: {unchanged}, отхвърлени: {rejected}</translation>
        </message>
        <message>
            <source>, {merged} merged (signed up twice)</source>
            <translation>, обединени: {merged} (записани два пъти)</translation>
        </message>
        <message>
            <source>Already in the program; left as it is.</source>
            <translation>Вече е в програмата; оставен без промяна.</translation>
        </message>
        <message>
            <source>Imported from sheet “{sheet}”, row {row}; {email} belongs to {name}.</source>
            <translation>Импортиран от лист „{sheet}“, ред {row}; {email} принадлежи на {name}.</translation>
        </message>
        <message>
            <source>Also signed up as {role} ({where}): imported once, as mentor and mentee.</source>
            <translation>Записан и като {role} ({where}): импортиран веднъж, като ментор и менти.</translation>
        </message>
        <message>
            <source>A newer answer with the same e-mail ({where}) is imported instead.</source>
            <translation>Вместо това се импортира по-нов отговор със същия e-mail ({where}).</translation>
        </message>
        <message>
            <source>The mapping could not be saved to {path} ({reason}).</source>
            <translation>Съпоставянето не можа да бъде записано в {path} ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a MentorDesk import mapping ({reason}).</source>
            <translation>„{name}“ не е съпоставяне за импортиране от MentorDesk ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is not a MentorDesk import mapping.</source>
            <translation>„{name}“ не е съпоставяне за импортиране от MentorDesk.</translation>
        </message>
        <message>
            <source>The saved mapping does not fit this file ({reason}); map the columns again.</source>
            <translation>Запазеното съпоставяне не пасва на този файл ({reason}); съпоставете колоните отново.</translation>
        </message>
        <message>
            <source>column {column}: {message}</source>
            <translation>колона {column}: {message}</translation>
        </message>
        <message>
            <source>“{answer}” is not a role; say which role it means in the wizard (mentor, mentee or both).</source>
            <translation>„{answer}“ не е роля; посочете в съветника коя роля означава (ментор, менти или и двете).</translation>
        </message>
        <message>
            <source>“{answer}” is not a number of mentees.</source>
            <translation>„{answer}“ не е брой менти.</translation>
        </message>
        <message>
            <source>“{answer}” is not a status (applicant, active or withdrawn).</source>
            <translation>„{answer}“ не е статус (кандидат, активен или оттеглил се).</translation>
        </message>
        <message>
            <source>The role is unknown: choose the role of sheet “{sheet}” in the wizard (or --role on the command line).</source>
            <translation>Ролята е неизвестна: изберете ролята за лист „{sheet}“ в съветника (или --role в командния ред).</translation>
        </message>
        <message>
            <source>Full name (split into first and last)</source>
            <translation>Пълно име (разделено на име и фамилия)</translation>
        </message>
        <message>
            <source>Capacity (mentees)</source>
            <translation>Капацитет (менти)</translation>
        </message>
        <message>
            <source>Submitted at (newest answer wins)</source>
            <translation>Подадено на (важи най-новият отговор)</translation>
        </message>
        <message>
            <source>“{name}” has no rows to import: the only sheets with data are hidden; in Excel right-click a sheet tab, choose Unhide, and save the file again.</source>
            <translation>„{name}“ няма редове за импортиране: единствените листове с данни са скрити; в Excel щракнете с десния бутон върху раздела на лист, изберете „Показване“ и запазете файла отново.</translation>
        </message>
        <message>
            <source>“{name}” has no rows to import; check that you chose the right file and that the roster was saved in it.</source>
            <translation>„{name}“ няма редове за импортиране; проверете дали сте избрали правилния файл и дали списъкът на участниците е запазен в него.</translation>
        </message>
        <message>
            <source>“{name}” is a folder; choose the Excel or CSV file in it.</source>
            <translation>„{name}“ е папка; изберете файла на Excel или CSV в нея.</translation>
        </message>
        <message>
            <source>There is no file “{name}” in {folder}; it may have been moved: choose it again.</source>
            <translation>В папката {folder} няма файл „{name}“; може да е преместен: изберете го отново.</translation>
        </message>
        <message>
            <source>MentorDesk cannot read “{name}” ({reason}); copy it to your Documents folder and import the copy.</source>
            <translation>MentorDesk не може да прочете „{name}“ ({reason}); копирайте го в папката „Документи“ и импортирайте копието.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes); export the roster again and import that file.</source>
            <translation>„{name}“ е празен (0 байта); експортирайте отново списъка на участниците и импортирайте този файл.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not an Excel workbook or a CSV file; open the roster in the program that made it and save it as an Excel workbook (.xlsx) or as CSV.</source>
            <translation>„{name}“ е {what}, а не работна книга на Excel или CSV файл; отворете списъка на участниците в приложението, в което е създаден, и го запазете като работна книга на Excel (.xlsx) или като CSV.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a complete workbook; open it in Excel and save it again.</source>
            <translation>„{name}“ е повреден или не е пълна работна книга; отворете го в Excel и го запазете отново.</translation>
        </message>
        <message>
            <source>“{name}” is protected with a password; open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook) and save a copy.</source>
            <translation>„{name}“ е защитен с парола; отворете го в Excel, премахнете паролата (Файл ▸ Информация ▸ Защита на работната книга) и запазете копие.</translation>
        </message>
        <message>
            <source>a zip archive or another kind of document</source>
            <translation>zip архив или друг вид документ</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as CSV near line {line} ({detail}); open it in a text editor, close the quotation mark left open and save it again.</source>
            <translation>„{name}“ не може да се прочете като CSV около ред {line} ({detail}); отворете го в текстов редактор, затворете незатворените кавички и го запазете отново.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF документ</translation>
        </message>
        <message>
            <source>a picture or another binary file</source>
            <translation>изображение или друг двоичен файл</translation>
        </message>
        <message>
            <source>a web page or an XML file</source>
            <translation>уеб страница или XML файл</translation>
        </message>
        <message>
            <source>a binary file</source>
            <translation>двоичен файл</translation>
        </message>
        <message>
            <source>Sign-up</source>
            <translation>Записване</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Инструкции</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Списъци</translation>
        </message>
        <message>
            <source>Type the date you agreed to take part, for example 2026-01-31.</source>
            <translation>Въведете датата, на която сте се съгласили да участвате, например 2026-01-31.</translation>
        </message>
        <message>
            <source>Type a whole number: how many people you can mentor (0 if none).</source>
            <translation>Въведете цяло число: на колко души можете да бъдете ментор (0, ако на никого).</translation>
        </message>
        <message>
            <source>Check this value</source>
            <translation>Проверете тази стойност</translation>
        </message>
        <message>
            <source>Choose a value from the drop-down list.</source>
            <translation>Изберете стойност от падащия списък.</translation>
        </message>
        <message>
            <source>Pick a skill from the list, or type several separated by “;”.</source>
            <translation>Изберете умение от списъка или въведете няколко, разделени с „;“.</translation>
        </message>
        <message>
            <source>Sign-up for {program}</source>
            <translation>Записване за {program}</translation>
        </message>
        <message>
            <source>The program runs from {start} to {end}.</source>
            <translation>Програмата се провежда от {start} до {end}.</translation>
        </message>
        <message>
            <source>Fill in the “{sheet}” sheet: one row per person, from row 2 down.</source>
            <translation>Попълнете листа „{sheet}“: по един ред за всеки човек, от ред 2 надолу.</translation>
        </message>
        <message>
            <source>Leave the header row as it is; first name and last name are needed for everyone.</source>
            <translation>Не променяйте заглавния ред; името и фамилията са задължителни за всички.</translation>
        </message>
        <message>
            <source>Role: choose one from the drop-down list ({roles}).</source>
            <translation>Роля: изберете една от падащия списък ({roles}).</translation>
        </message>
        <message>
            <source>Career level: choose one from the drop-down list ({levels}).</source>
            <translation>Ниво в кариерата: изберете едно от падащия списък ({levels}).</translation>
        </message>
        <message>
            <source>Skills offered, Skills wanted, Interests, Languages and Availability can hold several values separated by “;”, for example “Python; Public speaking”.</source>
            <translation>Предлагани умения, Търсени умения, Интереси, Езици и Наличност могат да съдържат няколко стойности, разделени с „;“, например „Python; Публично говорене“.</translation>
        </message>
        <message>
            <source>Capacity: how many people a mentor can take on, as a whole number (0 for mentees).</source>
            <translation>Капацитет: колко души може да поеме един ментор, като цяло число (0 за менти).</translation>
        </message>
        <message>
            <source>Consent date: the date the person agreed to take part, for example 2026-01-31.</source>
            <translation>Дата на съгласие: датата, на която лицето се е съгласило да участва, например 2026-01-31.</translation>
        </message>
        <message>
            <source>Save the file and send it back to the program coordinator.</source>
            <translation>Запазете файла и го изпратете обратно на координатора на програмата.</translation>
        </message>
        <message>
            <source>“{name}” was saved by an older MentorDesk and must be updated before it can be read; open it normally.</source>
            <translation>„{name}“ е запазен с по-стара версия на MentorDesk и трябва да бъде обновен, преди да може да се прочете; отворете го по обичайния начин.</translation>
        </message>
        <message>
            <source>This program is open read-only; changes cannot be saved.</source>
            <translation>Тази програма е отворена само за четене; промените не могат да бъдат запазени.</translation>
        </message>
        <message>
            <source>Choose another name: this is the file that is open.</source>
            <translation>Изберете друго име: това е отвореният файл.</translation>
        </message>
        <message>
            <source>The copy could not be written to {path} ({reason}). Nothing was changed; choose another folder or free some disk space.</source>
            <translation>Копието не можа да бъде записано в {path} ({reason}). Нищо не е променено; изберете друга папка или освободете място на диска.</translation>
        </message>
        <message>
            <source>Pair {id}</source>
            <translation>Двойка {id}</translation>
        </message>
        <message>
            <source>{first} &amp; {last}</source>
            <translation>{first} &amp; {last}</translation>
        </message>
        <message>
            <source>Enter a title for the goal.</source>
            <translation>Въведете заглавие на целта.</translation>
        </message>
        <message>
            <source>The target date cannot be before the pair started.</source>
            <translation>Целевата дата не може да е преди началото на двойката.</translation>
        </message>
        <message>
            <source>A goal can only belong to a member of its pair.</source>
            <translation>Целта може да принадлежи само на член на своята двойка.</translation>
        </message>
        <message>
            <source>A goal cannot be completed before the pair started.</source>
            <translation>Целта не може да е изпълнена преди началото на двойката.</translation>
        </message>
        <message>
            <source>A goal cannot be completed in the future.</source>
            <translation>Целта не може да е изпълнена с бъдеща дата.</translation>
        </message>
        <message>
            <source>Describe the step.</source>
            <translation>Опишете стъпката.</translation>
        </message>
        <message>
            <source>The due date cannot be before the pair started.</source>
            <translation>Крайният срок не може да е преди началото на двойката.</translation>
        </message>
        <message>
            <source>A session that was held or missed cannot be in the future; mark it cancelled or change the date.</source>
            <translation>Проведена или пропусната среща не може да е в бъдещето; отбележете я като отменена или променете датата.</translation>
        </message>
        <message>
            <source>The session cannot be before the pair started.</source>
            <translation>Срещата не може да е преди началото на двойката.</translation>
        </message>
        <message>
            <source>The duration cannot be negative.</source>
            <translation>Продължителността не може да е отрицателна.</translation>
        </message>
        <message>
            <source>Only members of the pair or group can attend its sessions.</source>
            <translation>Само членовете на двойката или групата могат да присъстват на срещите ѝ.</translation>
        </message>
        <message>
            <source>Say when the step was done.</source>
            <translation>Посочете кога е изпълнена стъпката.</translation>
        </message>
        <message>
            <source>A step cannot be done before the pair started.</source>
            <translation>Стъпката не може да е изпълнена преди началото на двойката.</translation>
        </message>
        <message>
            <source>A follow-up must belong to a goal of this pair.</source>
            <translation>Последващата стъпка трябва да е към цел на тази двойка.</translation>
        </message>
        <message>
            <source>A {old} pair cannot become {new}.</source>
            <translation>Двойка със статус „{old}“ не може да стане „{new}“.</translation>
        </message>
        <message>
            <source>Say why the pair is closing.</source>
            <translation>Посочете защо двойката се приключва.</translation>
        </message>
        <message>
            <source>This pair cannot be reopened: it no longer has both a mentor and a mentee (a group, two people). Make a new pair on the Matching board.</source>
            <translation>Тази двойка не може да бъде възобновена: вече няма едновременно ментор и менти (за група – двама души). Създайте нова двойка на страницата „Съчетаване“.</translation>
        </message>
        <message>
            <source>The date cannot be before the pair started.</source>
            <translation>Датата не може да е преди началото на двойката.</translation>
        </message>
        <message>
            <source>The date cannot be before the pair's last change.</source>
            <translation>Датата не може да е преди последната промяна на двойката.</translation>
        </message>
        <message>
            <source>The resource chosen for it is no longer in the library.</source>
            <translation>Свързаният ресурс вече не е в библиотеката с ресурси.</translation>
        </message>
        <message>
            <source>Attendance can only be given to participants of the program (unknown: {ids}).</source>
            <translation>Присъствие може да се отбелязва само за участници в програмата (неизвестни: {ids}).</translation>
        </message>
        <message>
            <source>Keep at least one question.</source>
            <translation>Оставете поне един въпрос.</translation>
        </message>
        <message>
            <source>Write the question.</source>
            <translation>Напишете въпроса.</translation>
        </message>
        <message>
            <source>The key “{key}” may only hold lowercase letters, digits and “_” (1 to 40).</source>
            <translation>Ключът „{key}“ може да съдържа само малки латински букви, цифри и „_“ (от 1 до 40 знака).</translation>
        </message>
        <message>
            <source>Two questions have the key “{key}”.</source>
            <translation>Два въпроса имат ключ „{key}“.</translation>
        </message>
        <message>
            <source>The answer must be text.</source>
            <translation>Отговорът трябва да е текст.</translation>
        </message>
        <message>
            <source>The answer must be a whole number from {low} to {high}.</source>
            <translation>Отговорът трябва да е цяло число от {low} до {high}.</translation>
        </message>
        <message>
            <source>{value} is not between {low} and {high}.</source>
            <translation>{value} не е между {low} и {high}.</translation>
        </message>
        <message>
            <source>Choose who answered.</source>
            <translation>Изберете кой е отговорил.</translation>
        </message>
        <message>
            <source>Name the round, for example “Midpoint”.</source>
            <translation>Дайте име на етапа, например „Среден етап“.</translation>
        </message>
        <message>
            <source>Answers cannot be dated in the future.</source>
            <translation>Отговорите не може да са с бъдеща дата.</translation>
        </message>
        <message>
            <source>The answers can only be about a pair of this person.</source>
            <translation>Отговорите може да се отнасят само за двойка на това лице.</translation>
        </message>
        <message>
            <source>There is no question “{key}”.</source>
            <translation>Няма въпрос „{key}“.</translation>
        </message>
        <message>
            <source>This question is not put to a {role}.</source>
            <translation>Този въпрос не се задава на {role}.</translation>
        </message>
        <message>
            <source>Nothing was answered.</source>
            <translation>Няма нито един отговор.</translation>
        </message>
        <message>
            <source>Date (or submitted at)</source>
            <translation>Дата (или дата на подаване)</translation>
        </message>
        <message>
            <source>Answer: {question}</source>
            <translation>Отговор: {question}</translation>
        </message>
        <message>
            <source>Choose the column with the e-mail addresses.</source>
            <translation>Изберете колоната с e-mail адресите.</translation>
        </message>
        <message>
            <source>Choose the round of these answers, or the column that names it.</source>
            <translation>Изберете етапа на тези отговори или колоната, която го посочва.</translation>
        </message>
        <message>
            <source>Choose at least one column with answers.</source>
            <translation>Изберете поне една колона с отговори.</translation>
        </message>
        <message>
            <source>{new} to import, {skipped} already in the program, {rejected} rejected</source>
            <translation>за импортиране: {new}, вече в програмата: {skipped}, отхвърлени: {rejected}</translation>
        </message>
        <message>
            <source>No round.</source>
            <translation>Няма етап.</translation>
        </message>
        <message>
            <source>“{text}” is not a date.</source>
            <translation>„{text}“ не е дата.</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>Датата {date} е в бъдещето.</translation>
        </message>
        <message>
            <source>“{text}”: {problem}</source>
            <translation>„{text}“: {problem}</translation>
        </message>
        <message>
            <source>Already answered round “{round}” on {date}; left as it is.</source>
            <translation>Вече е отговорено за етап „{round}“ на {date}; оставено без промяна.</translation>
        </message>
        <message>
            <source>Newer answers of the same person to this round (row {row}) are imported instead.</source>
            <translation>Вместо това се импортират по-новите отговори на същото лице за този етап (ред {row}).</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Отговори</translation>
        </message>
        <message>
            <source>Type the date of the answers, for example 2026-01-31.</source>
            <translation>Въведете датата на отговорите, например 2026-01-31.</translation>
        </message>
        <message>
            <source>Type a whole number from {low} to {high}.</source>
            <translation>Въведете цяло число от {low} до {high}.</translation>
        </message>
        <message>
            <source>0 = not at all likely, 10 = extremely likely</source>
            <translation>0 = изобщо не е вероятно, 10 = изключително вероятно</translation>
        </message>
        <message>
            <source>1 = not at all, 5 = very much</source>
            <translation>1 = изобщо не, 5 = много</translation>
        </message>
        <message>
            <source>Feedback survey: {program}</source>
            <translation>Анкета за обратна връзка: {program}</translation>
        </message>
        <message>
            <source>Fill in the “{sheet}” sheet: one row per person.</source>
            <translation>Попълнете листа „{sheet}“: по един ред за всеки човек.</translation>
        </message>
        <message>
            <source>Leave the header row, names and e-mail addresses as they are: answers are matched to participants by e-mail.</source>
            <translation>Не променяйте заглавния ред, имената и e-mail адресите: отговорите се свързват с участниците по e-mail.</translation>
        </message>
        <message>
            <source>Round: choose one from the drop-down list, or type another. Date: the day of the answers, for example 2026-01-31.</source>
            <translation>Етап: изберете един от падащия списък или въведете друг. Дата: денят на отговорите, например 2026-01-31.</translation>
        </message>
        <message>
            <source>Grey cells are questions not put to that person; leave them empty.</source>
            <translation>Сивите клетки са въпроси, които не се задават на това лице; оставете ги празни.</translation>
        </message>
        <message>
            <source>The questions:</source>
            <translation>Въпросите:</translation>
        </message>
        <message>
            <source>Save the file and send it back to the program coordinator, who imports it with Feedback ▸ Import Survey Export.</source>
            <translation>Запазете файла и го изпратете обратно на координатора на програмата, който ще го импортира чрез Обратна връзка ▸ Импортиране на отговори от анкета.</translation>
        </message>
        <message>
            <source>Rating 1 to 5</source>
            <translation>Оценка от 1 до 5</translation>
        </message>
        <message>
            <source>Likelihood to recommend, 0 to 10</source>
            <translation>Вероятност за препоръка, от 0 до 10</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Свободен текст</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>Първи месец</translation>
        </message>
        <message>
            <source>Midpoint</source>
            <translation>Среден етап</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Заключителен етап</translation>
        </message>
        <message>
            <source>How useful is the program for your growth?</source>
            <translation>Доколко програмата е полезна за вашето развитие?</translation>
        </message>
        <message>
            <source>How supported do you feel by your mentor?</source>
            <translation>Доколко се чувствате подкрепени от вашия ментор?</translation>
        </message>
        <message>
            <source>How likely are you to recommend the program to a colleague?</source>
            <translation>Колко вероятно е да препоръчате програмата на колега?</translation>
        </message>
        <message>
            <source>How well does your mentee use the opportunities the program offers?</source>
            <translation>Доколко добре вашият менти използва възможностите, които програмата предлага?</translation>
        </message>
        <message>
            <source>How much have you gained yourself from mentoring?</source>
            <translation>Доколко самите вие сте спечелили от менторството?</translation>
        </message>
        <message>
            <source>No recent session</source>
            <translation>Няма скорошна среща</translation>
        </message>
        <message>
            <source>Check-in due</source>
            <translation>Нужна е проверка</translation>
        </message>
        <message>
            <source>Goal off track</source>
            <translation>Изоставаща цел</translation>
        </message>
        <message>
            <source>Action step due</source>
            <translation>Срок за стъпка</translation>
        </message>
        <message>
            <source>No goal yet</source>
            <translation>Все още няма цел</translation>
        </message>
        <message>
            <source>Ending</source>
            <translation>Наближаващ край</translation>
        </message>
        <message>
            <source>Not yet confirmed</source>
            <translation>Все още непотвърдена</translation>
        </message>
        <message>
            <source>Check expiring</source>
            <translation>Изтичаща проверка</translation>
        </message>
        <message>
            <source>No goal yet, {days} after starting</source>
            <translation>Все още няма цел, {days} след началото</translation>
        </message>
        <message>
            <source>Planned to end {when}</source>
            <translation>Предвидено е да приключи {when}</translation>
        </message>
        <message>
            <source>Its end date passed {ago}; close the pair or move its end date</source>
            <translation>Крайната дата е изтекла {ago}; приключете двойката или преместете крайната дата</translation>
        </message>
        <message>
            <source>“{step}” ({owner}), for the goal “{goal}”: {due}</source>
            <translation>„{step}“ ({owner}), за целта „{goal}“: {due}</translation>
        </message>
        <message>
            <source>Goal “{title}” is off track</source>
            <translation>Целта „{title}“ изостава</translation>
        </message>
        <message>
            <source>{text}; its target date is {when}</source>
            <translation>{text}; целева дата: {when}</translation>
        </message>
        <message>
            <source>Goal “{title}” is not completed and its target date passed {ago}</source>
            <translation>Целта „{title}“ не е изпълнена, а целевата ѝ дата е изтекла {ago}</translation>
        </message>
        <message>
            <source>The program ends {when}</source>
            <translation>Програмата приключва {when}</translation>
        </message>
        <message>
            <source>1 pair is still running</source>
            <translation>1 двойка все още продължава</translation>
        </message>
        <message>
            <source>{n} pairs are still running</source>
            <translation>{n} двойки все още продължават</translation>
        </message>
        <message>
            <source>The program ended {ago}; {still}</source>
            <translation>Програмата приключи {ago}; {still}</translation>
        </message>
        <message>
            <source>{item} expired {ago}; renew it before {name} is matched again</source>
            <translation>Срокът на {item} изтече {ago}; подновете проверката, преди отново да съчетаете {name}</translation>
        </message>
        <message>
            <source>{item} expires {when}</source>
            <translation>Срокът на {item} изтича {when}</translation>
        </message>
        <message>
            <source>Proposed {ago}, not yet confirmed</source>
            <translation>Предложена {ago}, все още непотвърдена</translation>
        </message>
        <message>
            <source>Proposed, not yet confirmed</source>
            <translation>Предложена, все още непотвърдена</translation>
        </message>
        <message>
            <source>Enter a first name.</source>
            <translation>Въведете име.</translation>
        </message>
        <message>
            <source>Enter a last name.</source>
            <translation>Въведете фамилия.</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address (like name@example.org).</source>
            <translation>Това не е валиден e-mail адрес (например name@example.org).</translation>
        </message>
        <message>
            <source>Another participant already has this e-mail address.</source>
            <translation>Друг участник вече има този e-mail адрес.</translation>
        </message>
        <message>
            <source>Capacity cannot be negative.</source>
            <translation>Капацитетът не може да е отрицателен.</translation>
        </message>
        <message>
            <source>Enter a name for the program.</source>
            <translation>Въведете име на програмата.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Крайната дата е преди началната.</translation>
        </message>
        <message>
            <source>Meetings must be expected at least every day (1 or more).</source>
            <translation>Очакваният интервал между срещите трябва да е поне един ден (1 или повече).</translation>
        </message>
        <message>
            <source>The grace period cannot be negative.</source>
            <translation>Гратисният период не може да е отрицателен.</translation>
        </message>
        <message>
            <source>Check-ins must be due at least a day apart (1 or more).</source>
            <translation>Интервалът между проверките трябва да е поне един ден (1 или повече).</translation>
        </message>
        <message>
            <source>The check-ins of the first month cannot be negative.</source>
            <translation>Броят проверки през първия месец не може да е отрицателен.</translation>
        </message>
        <message>
            <source>A career level has no name.</source>
            <translation>Едно от нивата в кариерата няма име.</translation>
        </message>
        <message>
            <source>Each career level must have a different name.</source>
            <translation>Всяко ниво в кариерата трябва да има различно име.</translation>
        </message>
    </context>
    <context>
        <name>pair status</name>
        <message>
            <source>Proposed</source>
            <translation>Предложена</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активна</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>На пауза</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Приключена</translation>
        </message>
    </context>
    <context>
        <name>pair_commands</name>
        <message>
            <source>Start pair</source>
            <translation>Стартиране на двойка</translation>
        </message>
        <message>
            <source>Resume pair</source>
            <translation>Възобновяване на двойка</translation>
        </message>
        <message>
            <source>Reopen pair</source>
            <translation>Повторно отваряне на двойка</translation>
        </message>
        <message>
            <source>Pause pair</source>
            <translation>Поставяне на двойка на пауза</translation>
        </message>
        <message>
            <source>Close pair</source>
            <translation>Приключване на двойка</translation>
        </message>
        <message>
            <source>Edit agreement and meeting plan</source>
            <translation>Редактиране на споразумението и плана за срещи</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>MentorDesk programs (*.mentordesk)</source>
            <translation>Програми на MentorDesk (*.mentordesk)</translation>
        </message>
        <message>
            <source>Open program</source>
            <translation>Отваряне на програма</translation>
        </message>
    </context>
    <context>
        <name>resource_commands</name>
        <message>
            <source>Add resource</source>
            <translation>Добавяне на ресурс</translation>
        </message>
        <message>
            <source>Edit resource</source>
            <translation>Редактиране на ресурс</translation>
        </message>
        <message>
            <source>Delete resource</source>
            <translation>Изтриване на ресурс</translation>
        </message>
        <message>
            <source>Add workshop or training</source>
            <translation>Добавяне на семинар или обучение</translation>
        </message>
        <message>
            <source>Edit workshop or training</source>
            <translation>Редактиране на семинар или обучение</translation>
        </message>
        <message>
            <source>Delete workshop or training</source>
            <translation>Изтриване на семинар или обучение</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Записване на присъствие</translation>
        </message>
    </context>
    <context>
        <name>today_commands</name>
        <message>
            <source>Log check-in</source>
            <translation>Записване на проверка</translation>
        </message>
        <message>
            <source>Mark step done</source>
            <translation>Отбелязване на стъпка като изпълнена</translation>
        </message>
    </context>
</TS>
