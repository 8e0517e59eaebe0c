// Neo4j 5 schema for the occupational-safety knowledge graph (graph-schema/ontology.md explains it).
// Idempotent: every statement uses IF NOT EXISTS, so it can be run on every start.
// Every node also carries the label :Entity, so one full-text index and one lookup serve every label.

// One id per node, across all labels.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// A uniqueness constraint on id for every label.
CREATE CONSTRAINT hazard_id IF NOT EXISTS FOR (n:Hazard) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT disease_id IF NOT EXISTS FOR (n:Disease) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Full-text search over names, aliases, descriptions and evidence quotes (aliases and quotes are
// stored as lists of strings, which full-text indexes read element by element).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.description, n.evidenceQuotes]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// Range indexes for the common filters and sorts.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX program_start IF NOT EXISTS FOR (n:Program) ON (n.startDate);
CREATE INDEX program_end IF NOT EXISTS FOR (n:Program) ON (n.endDate);
CREATE INDEX program_kind IF NOT EXISTS FOR (n:Program) ON (n.kind);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX event_end IF NOT EXISTS FOR (n:Event) ON (n.endDate);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX regulation_adopted IF NOT EXISTS FOR (n:Regulation) ON (n.adopted);
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published);
CREATE INDEX hazard_category IF NOT EXISTS FOR (n:Hazard) ON (n.category);
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);

// Relationship roles, for "who chaired what".
CREATE INDEX participates_role IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.role);
CREATE INDEX attended_role IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.role);

// The audit of curator writes and imports (ontology.md, "Versions and the audit"): one counter node numbers the
// entries (its constraint keeps concurrent first writers from creating two), looked up by target and sequence.
CREATE CONSTRAINT audit_counter_id IF NOT EXISTS FOR (c:AuditCounter) REQUIRE c.id IS UNIQUE;
CREATE INDEX audit_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.targetId);
CREATE INDEX audit_seq IF NOT EXISTS FOR (e:AuditEntry) ON (e.seq);
