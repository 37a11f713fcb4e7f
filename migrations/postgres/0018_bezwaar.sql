-- A bezwaar against the decision on a case of any scheme, as its own numbered steps (the kernel's
-- src/zaken/bezwaar): sent (with its grounds, or pro forma), receipt confirmed, term to add grounds, grounds
-- added, hearing planned or waived, postponed, decided, withdrawn. gegevens: the step as JSON.
CREATE TABLE bezwaar_stappen (
    id TEXT PRIMARY KEY,
    zaak_id TEXT NOT NULL REFERENCES zaken (id),
    volgnummer BIGINT NOT NULL,
    soort TEXT NOT NULL,
    gegevens TEXT NOT NULL,
    door_persoon_id TEXT REFERENCES personen (id),
    door_rol TEXT NOT NULL,
    op TEXT NOT NULL,
    UNIQUE (zaak_id, volgnummer)
);

-- A bezwaar being written, before it is sent: one per case. Its documents are in documenten with soort
-- 'bezwaar-concept' until it is sent. pro_forma: 1 when the grounds follow later.
CREATE TABLE bezwaar_concepten (
    zaak_id TEXT PRIMARY KEY REFERENCES zaken (id),
    gronden TEXT NOT NULL,
    pro_forma BIGINT NOT NULL DEFAULT 0,
    door_persoon_id TEXT NOT NULL REFERENCES personen (id),
    gewijzigd_op TEXT NOT NULL
);

-- Every bezwaar sent on a Wmo case before this migration becomes the first step of that case's bezwaar, with
-- its text as its grounds and the day its besluit was sent.
INSERT INTO bezwaar_stappen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op)
SELECT g.id, g.zaak_id, 1, 'ingediend',
    json_build_object(
        'soort', 'ingediend',
        'gronden', g.gegevens::json ->> 'tekst',
        'pro_forma', false,
        'documenten', json_build_array(),
        'besluit_op', (
            SELECT b.gegevens::json ->> 'verzonden_op' FROM zaak_gebeurtenissen b
            WHERE b.zaak_id = g.zaak_id AND b.soort = 'besluit' AND b.volgnummer < g.volgnummer
            ORDER BY b.volgnummer DESC LIMIT 1
        )
    )::text,
    g.door_persoon_id, g.door_rol, g.op
FROM zaak_gebeurtenissen g
WHERE g.soort = 'bezwaar' AND EXISTS (
    SELECT 1 FROM zaak_gebeurtenissen b
    WHERE b.zaak_id = g.zaak_id AND b.soort = 'besluit' AND b.volgnummer < g.volgnummer
);
