"""The program file's schema as numbered migrations, keyed by ``PRAGMA user_version``.

Each step runs in one transaction together with the ``user_version`` bump, so a file is
always at exactly one version. Never edit a released step: add a new one.
"""

from __future__ import annotations

#: ``PRAGMA application_id`` of every MentorDesk file ("MDsk"), to tell other SQLite files apart.
APPLICATION_ID = 0x4D44736B

_ISO_DATE = "({col} IS NULL OR ({col} = date({col})))"


def _date(col: str) -> str:
    return _ISO_DATE.format(col=col)


def _json_list(col: str) -> str:
    return (
        f"{col} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid({col}) AND json_type({col}) = 'array')"
    )


V1 = f"""
CREATE TABLE program (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    format TEXT NOT NULL DEFAULT 'one_to_one'
        CHECK (format IN ('one_to_one', 'peer_pairs', 'peer_groups')),
    formal INTEGER NOT NULL DEFAULT 1 CHECK (formal IN (0, 1)),
    start_date TEXT CHECK {_date("start_date")},
    end_date TEXT CHECK {_date("end_date")},
    cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days > 0),
    objectives TEXT NOT NULL DEFAULT '',
    guidelines TEXT NOT NULL DEFAULT '',
    {_json_list("career_levels")},
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL CHECK (trim(first_name) <> ''),
    last_name TEXT NOT NULL CHECK (trim(last_name) <> ''),
    email TEXT COLLATE NOCASE CHECK (email IS NULL OR email LIKE '%_@_%'),
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'both')),
    department TEXT NOT NULL DEFAULT '',
    career_level TEXT NOT NULL DEFAULT '',
    {_json_list("skills_offered")},
    {_json_list("skills_wanted")},
    {_json_list("interests")},
    {_json_list("languages")},
    location TEXT NOT NULL DEFAULT '',
    {_json_list("availability")},
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    bio TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'applicant'
        CHECK (status IN ('applicant', 'active', 'withdrawn')),
    consent_date TEXT CHECK {_date("consent_date")},
    private_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE UNIQUE INDEX participants_email ON participants (email COLLATE NOCASE);
CREATE INDEX participants_name ON participants (last_name, first_name);

CREATE TABLE pairs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'active', 'paused', 'closed')),
    start_date TEXT CHECK {_date("start_date")},
    end_date TEXT CHECK {_date("end_date")},
    closure_reason TEXT CHECK (closure_reason IS NULL OR closure_reason IN
        ('goals_reached', 'time_ended', 'mismatch', 'someone_left', 'other')),
    closure_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (status = 'closed' OR closure_reason IS NULL),
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;

CREATE TABLE pair_members (
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'peer')),
    PRIMARY KEY (pair_id, participant_id)
) STRICT;
CREATE INDEX pair_members_participant ON pair_members (participant_id);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    measure TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL DEFAULT '',
    target_date TEXT CHECK {_date("target_date")},
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'on_track', 'off_track', 'completed')),
    completed_date TEXT CHECK {_date("completed_date")},
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX goals_pair ON goals (pair_id);

CREATE TABLE goal_steps (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    owner TEXT NOT NULL DEFAULT 'both' CHECK (owner IN ('mentor', 'mentee', 'both')),
    due_date TEXT CHECK {_date("due_date")},
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_date TEXT CHECK {_date("done_date")}
) STRICT;
CREATE INDEX goal_steps_goal ON goal_steps (goal_id, position);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    date TEXT NOT NULL CHECK (date = date(date)),
    duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes >= 0),
    format TEXT NOT NULL DEFAULT 'video'
        CHECK (format IN ('in_person', 'video', 'phone', 'chat')),
    {_json_list("topics")},
    notes TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX sessions_pair_date ON sessions (pair_id, date);

CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    pair_id INTEGER REFERENCES pairs (id) ON DELETE SET NULL,
    round TEXT NOT NULL CHECK (trim(round) <> ''),
    date TEXT NOT NULL CHECK (date = date(date)),
    answers TEXT NOT NULL DEFAULT '{{}}'
        CHECK (json_valid(answers) AND json_type(answers) = 'object'),
    comment TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX feedback_participant ON feedback (participant_id);
"""

# Version 2: what the matching board and the matcher need to remember.
V2 = """
ALTER TABLE pairs ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
ALTER TABLE pairs ADD COLUMN rotation_round INTEGER
    CHECK (rotation_round IS NULL OR rotation_round > 0);

CREATE TABLE match_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    weights TEXT NOT NULL CHECK (json_valid(weights) AND json_type(weights) = 'object'),
    level_gap_low INTEGER NOT NULL DEFAULT 1 CHECK (level_gap_low >= 0),
    level_gap_high INTEGER NOT NULL DEFAULT 2,
    department TEXT NOT NULL DEFAULT 'prefer_different'
        CHECK (department IN ('prefer_different', 'prefer_same', 'ignore')),
    forbid_same_department INTEGER NOT NULL DEFAULT 0 CHECK (forbid_same_department IN (0, 1)),
    require_shared_language INTEGER NOT NULL DEFAULT 1
        CHECK (require_shared_language IN (0, 1)),
    require_mentor_above INTEGER NOT NULL DEFAULT 0 CHECK (require_mentor_above IN (0, 1)),
    require_level_gap INTEGER NOT NULL DEFAULT 0 CHECK (require_level_gap IN (0, 1)),
    most_matched_first INTEGER NOT NULL DEFAULT 1 CHECK (most_matched_first IN (0, 1)),
    group_size INTEGER NOT NULL DEFAULT 4 CHECK (group_size BETWEEN 3 AND 6),
    balance TEXT NOT NULL DEFAULT 'none' CHECK (balance IN ('none', 'spread', 'gather')),
    balance_by TEXT NOT NULL DEFAULT 'department'
        CHECK (balance_by IN ('department', 'career_level')),
    CHECK (level_gap_low <= level_gap_high)
) STRICT;

CREATE TABLE pair_rules (
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('never', 'prefer')),
    PRIMARY KEY (participant_id, other_id, kind),
    CHECK (participant_id <> other_id)
) STRICT;
CREATE INDEX pair_rules_other ON pair_rules (other_id);
"""

# Version 3: running the relationships (issue 5): the coordinator's check-in schedule, each
# pair's agreement and meeting plan, its dated history, session attendance and outcome,
# milestone steps, follow-ups from sessions, and coordinator check-ins.
V3 = f"""
ALTER TABLE program ADD COLUMN grace_days INTEGER NOT NULL DEFAULT 7 CHECK (grace_days >= 0);
ALTER TABLE program ADD COLUMN checkin_first_days INTEGER NOT NULL DEFAULT 14
    CHECK (checkin_first_days > 0);
ALTER TABLE program ADD COLUMN checkins_first_month INTEGER NOT NULL DEFAULT 2
    CHECK (checkins_first_month >= 0);
ALTER TABLE program ADD COLUMN checkin_every_days INTEGER NOT NULL DEFAULT 30
    CHECK (checkin_every_days > 0);

ALTER TABLE pairs ADD COLUMN expectations TEXT NOT NULL DEFAULT '';
ALTER TABLE pairs ADD COLUMN meeting_every_days INTEGER
    CHECK (meeting_every_days IS NULL OR meeting_every_days > 0);
ALTER TABLE pairs ADD COLUMN channel TEXT NOT NULL DEFAULT ''
    CHECK (channel IN ('', 'in_person', 'video', 'phone', 'chat'));
ALTER TABLE pairs ADD COLUMN confidentiality_date TEXT CHECK {_date("confidentiality_date")};
ALTER TABLE pairs ADD COLUMN meeting_plan TEXT NOT NULL DEFAULT ''
    CHECK (meeting_plan IN ('', 'weekly', 'biweekly', 'monthly'));
ALTER TABLE pairs ADD COLUMN meeting_weekday INTEGER
    CHECK (meeting_weekday IS NULL OR meeting_weekday BETWEEN 0 AND 6);
ALTER TABLE pairs ADD COLUMN meeting_time TEXT
    CHECK (meeting_time IS NULL OR (length(meeting_time) = 5 AND meeting_time < '24:00'
        AND coalesce(time(meeting_time || ':00'), '') = meeting_time || ':00'));

CREATE TABLE pair_history (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    date TEXT NOT NULL CHECK (date = date(date)),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'paused', 'closed')),
    closure_reason TEXT CHECK (closure_reason IS NULL OR closure_reason IN
        ('goals_reached', 'time_ended', 'mismatch', 'someone_left', 'other')),
    note TEXT NOT NULL DEFAULT '',
    CHECK (status = 'closed' OR closure_reason IS NULL)
) STRICT;
CREATE INDEX pair_history_pair ON pair_history (pair_id, date);

ALTER TABLE sessions ADD COLUMN status TEXT NOT NULL DEFAULT 'held'
    CHECK (status IN ('held', 'cancelled', 'missed'));
ALTER TABLE sessions ADD COLUMN {_json_list("attendees")};
CREATE INDEX sessions_pair_date_status ON sessions (pair_id, date, status, duration_minutes);
DROP INDEX sessions_pair_date;

ALTER TABLE goal_steps ADD COLUMN milestone INTEGER NOT NULL DEFAULT 0
    CHECK (milestone IN (0, 1));
ALTER TABLE goal_steps ADD COLUMN session_id INTEGER
    REFERENCES sessions (id) ON DELETE SET NULL;

CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants (id) ON DELETE SET NULL,
    date TEXT NOT NULL CHECK (date = date(date)),
    channel TEXT NOT NULL DEFAULT 'phone'
        CHECK (channel IN ('in_person', 'video', 'phone', 'chat', 'email')),
    answers TEXT NOT NULL DEFAULT '{{}}'
        CHECK (json_valid(answers) AND json_type(answers) = 'object'),
    notes TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX checkins_pair_date ON checkins (pair_id, date);

INSERT INTO pair_history (pair_id, date, status, closure_reason, note)
    SELECT id, coalesce(start_date, date(created_at)), 'active', NULL, ''
    FROM pairs WHERE status <> 'proposed' AND start_date IS NOT NULL;
INSERT INTO pair_history (pair_id, date, status, closure_reason, note)
    SELECT id, coalesce(end_date, start_date, date(created_at)), status,
        closure_reason, closure_note
    FROM pairs WHERE status IN ('paused', 'closed');
"""


def _recount_held(pair: str) -> str:
    """Statements that set ``session_totals`` for one pair from its sessions (no row when it
    has no held session, or when the pair itself is gone: a pair's delete cascades here)."""
    return f"""
    DELETE FROM session_totals WHERE pair_id = {pair};
    INSERT INTO session_totals (pair_id, held, last_held)
        SELECT pair_id, count(*), max(date) FROM sessions
        WHERE pair_id = {pair} AND status = 'held'
            AND EXISTS (SELECT 1 FROM pairs WHERE id = {pair})
        GROUP BY pair_id;"""


def _count_month(row: str) -> str:
    """Statements that add ``row`` (NEW) to its pair's month when it is a held session."""
    return f"""
    INSERT INTO session_months (month, pair_id, held)
        SELECT substr({row}.date, 1, 7), {row}.pair_id, 1 WHERE {row}.status = 'held'
        ON CONFLICT (month, pair_id) DO UPDATE SET held = held + 1;"""


def _uncount_month(row: str) -> str:
    """Statements that take ``row`` (OLD) out of its pair's month when it was a held session
    (the row goes when it was the month's last)."""
    where = (
        f"month = substr({row}.date, 1, 7) AND pair_id = {row}.pair_id AND {row}.status = 'held'"
    )
    return f"""
    DELETE FROM session_months WHERE {where} AND held = 1;
    UPDATE session_months SET held = held - 1 WHERE {where};"""


# Version 4: each pair's held sessions and last one, kept by triggers, so the follow-up pages
# read 2,000 rows instead of counting 100,000 sessions on every refresh (issue 5); the feedback
# questionnaire, the resource library, workshops and trainings with attendance (issue 6).
V4 = f"""
CREATE TABLE session_totals (
    pair_id INTEGER PRIMARY KEY REFERENCES pairs (id) ON DELETE CASCADE,
    held INTEGER NOT NULL CHECK (held > 0),
    last_held TEXT NOT NULL CHECK (last_held = date(last_held))
) STRICT;

CREATE TRIGGER session_totals_insert AFTER INSERT ON sessions WHEN NEW.status = 'held'
BEGIN
    INSERT INTO session_totals (pair_id, held, last_held) VALUES (NEW.pair_id, 1, NEW.date)
        ON CONFLICT (pair_id) DO UPDATE
        SET held = held + 1, last_held = max(last_held, excluded.last_held);
END;

CREATE TRIGGER session_totals_delete AFTER DELETE ON sessions WHEN OLD.status = 'held'
BEGIN {_recount_held("OLD.pair_id")}
END;

CREATE TRIGGER session_totals_update AFTER UPDATE OF pair_id, date, status ON sessions
WHEN OLD.status = 'held' OR NEW.status = 'held'
BEGIN {_recount_held("OLD.pair_id")} {_recount_held("NEW.pair_id")}
END;

INSERT INTO session_totals (pair_id, held, last_held)
    SELECT pair_id, count(*), max(date) FROM sessions WHERE status = 'held' GROUP BY pair_id;

-- Each pair's held sessions per month, kept by triggers, so the dashboard's sessions per month
-- read one row per pair and month instead of every session (issue 6).
CREATE TABLE session_months (
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    held INTEGER NOT NULL CHECK (held > 0),
    PRIMARY KEY (month, pair_id)
) STRICT;
CREATE INDEX session_months_pair ON session_months (pair_id);
-- Answers "held per month, with its pairs" from the index alone (10 ms -> 2 ms on 13,000 rows).
CREATE INDEX session_months_held ON session_months (month, pair_id, held);

CREATE TRIGGER session_months_insert AFTER INSERT ON sessions WHEN NEW.status = 'held'
BEGIN {_count_month("NEW")}
END;

CREATE TRIGGER session_months_delete AFTER DELETE ON sessions WHEN OLD.status = 'held'
BEGIN {_uncount_month("OLD")}
END;

CREATE TRIGGER session_months_update AFTER UPDATE OF pair_id, date, status ON sessions
WHEN OLD.status = 'held' OR NEW.status = 'held'
BEGIN {_uncount_month("OLD")} {_count_month("NEW")}
END;

INSERT INTO session_months (month, pair_id, held)
    SELECT substr(date, 1, 7), pair_id, count(*) FROM sessions WHERE status = 'held'
    GROUP BY 1, 2;

CREATE INDEX feedback_round_date ON feedback (round, date);
-- The dashboard's participants by role and status, from the index alone.
CREATE INDEX participants_role_status ON participants (role, status);

-- The feedback questionnaire as the coordinator edited it; empty = MentorDesk's built-in one.
CREATE TABLE survey_questions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 40 AND key NOT GLOB '*[^a-z0-9_]*'),
    audience TEXT NOT NULL CHECK (audience IN ('mentee', 'mentor', 'everyone')),
    kind TEXT NOT NULL CHECK (kind IN ('scale', 'nps', 'text')),
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    kind TEXT NOT NULL DEFAULT 'article'
        CHECK (kind IN ('article', 'video', 'guide', 'template', 'workshop')),
    link TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    file_data BLOB,
    {_json_list("skills")},
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((file_data IS NULL) = (file_name = ''))
) STRICT;

CREATE TABLE trainings (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    kind TEXT NOT NULL DEFAULT 'workshop' CHECK (kind IN ('workshop', 'training', 'orientation')),
    audience TEXT NOT NULL DEFAULT 'everyone' CHECK (audience IN ('mentee', 'mentor', 'everyone')),
    date TEXT NOT NULL CHECK (date = date(date)),
    required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    resource_id INTEGER REFERENCES resources (id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX trainings_date ON trainings (date);

CREATE TABLE training_attendance (
    training_id INTEGER NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    PRIMARY KEY (training_id, participant_id)
) STRICT;
CREATE INDEX training_attendance_participant ON training_attendance (participant_id);

-- Intake (issue 7): recruitment targets, which stage is ready to match, the screening
-- checklist, its ticks per participant, and each participant's stage once it is recorded.
CREATE TABLE intake_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ready_stage TEXT NOT NULL DEFAULT 'ready'
        CHECK (ready_stage IN ('any', 'screened', 'trained', 'ready')),
    target_mentors INTEGER NOT NULL DEFAULT 0 CHECK (target_mentors >= 0),
    target_mentees INTEGER NOT NULL DEFAULT 0 CHECK (target_mentees >= 0)
) STRICT;

CREATE TABLE screening_items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    audience TEXT NOT NULL DEFAULT 'everyone' CHECK (audience IN ('mentee', 'mentor', 'everyone')),
    has_date INTEGER NOT NULL DEFAULT 0 CHECK (has_date IN (0, 1)),
    expires_months INTEGER CHECK (expires_months IS NULL OR expires_months > 0),
    position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE screening_checks (
    item_id INTEGER NOT NULL REFERENCES screening_items (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    date TEXT NOT NULL CHECK (date = date(date)),
    checked_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, participant_id)
) STRICT;
CREATE INDEX screening_checks_participant ON screening_checks (participant_id);

CREATE TABLE intake (
    participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN
        ('applied', 'screened', 'trained', 'ready', 'withdrawn', 'not_accepted')),
    since TEXT NOT NULL CHECK (since = date(since)),
    reason TEXT NOT NULL DEFAULT '',
    by_hand INTEGER NOT NULL DEFAULT 0 CHECK (by_hand IN (0, 1))
) STRICT;

-- Who was already taking part stays ready to match, whatever the program now asks for.
INSERT INTO intake (participant_id, stage, since, by_hand)
    SELECT id, 'ready', date(updated_at), 1 FROM participants WHERE status = 'active';
"""

#: Migration steps: ``MIGRATIONS[n - 1]`` takes a file from version ``n - 1`` to ``n``.
MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4)

#: The schema version this MentorDesk writes.
SCHEMA_VERSION = len(MIGRATIONS)

#: Tables whose rows reference a participant, in the order they must be restored.
TABLES = (
    "program",
    "participants",
    "pairs",
    "pair_members",
    "goals",
    "goal_steps",
    "sessions",
    "feedback",
    "match_settings",
    "pair_rules",
    "pair_history",
    "checkins",
    "session_totals",
    "session_months",
    "survey_questions",
    "resources",
    "trainings",
    "training_attendance",
    "intake_settings",
    "screening_items",
    "screening_checks",
    "intake",
)
