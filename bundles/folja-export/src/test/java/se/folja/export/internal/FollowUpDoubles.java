package se.folja.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.export.ExportAudit;
import se.folja.api.export.ExportRecord;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateDocument;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.followup.internal.JsonTemplateReader;
import se.folja.store.spi.FollowUpExportSource;

/**
 * The doubles of the follow-up exports' tests: the built-in templates as Följa's own reader reads them, held as the
 * versions of their codes; a store whose answers a test sets and which records what it was asked; an audit that keeps
 * what it records.
 */
final class FollowUpDoubles {

    private FollowUpDoubles() {
    }

    /** @return a built-in template, read from {@code folja-followup}'s resources */
    static TemplateDocument builtIn(String code) {
        try (InputStream in = JsonTemplateReader.class.getResourceAsStream("/templates/" + code + ".json")) {
            return new JsonTemplateReader().read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Template versions by code: version n of a code is the n-th document added. */
    static final class Templates implements FollowUpTemplates {

        final Map<String, List<TemplateDocument>> versions = new LinkedHashMap<>();

        Templates with(String code, TemplateDocument... documents) {
            versions.put(code, List.of(documents));
            return this;
        }

        private TemplateVersionInfo info(String code, int version, FollowUpTemplate t) {
            return new TemplateVersionInfo(code, version, t.title(), TemplateOrigin.BUILT_IN, "0".repeat(64), 1,
                    "system", Instant.EPOCH);
        }

        @Override
        public List<TemplateVersionInfo> versions(String code) {
            List<TemplateDocument> docs = versions.get(code);
            if (docs == null) {
                throw new NotFoundException("template", code);
            }
            List<TemplateVersionInfo> infos = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                infos.add(info(code, i + 1, docs.get(i).template()));
            }
            return infos;
        }

        @Override
        public StoredTemplate version(String code, int version) {
            List<TemplateDocument> docs = versions.get(code);
            if (docs == null || version < 1 || version > docs.size()) {
                throw new NotFoundException("template", code);
            }
            TemplateDocument doc = docs.get(version - 1);
            return new StoredTemplate(info(code, version, doc.template()), doc);
        }

        @Override
        public StoredTemplate latest(String code) {
            return version(code, versions(code).size());
        }

        @Override
        public List<TemplateVersionInfo> latest() {
            throw new AssertionError("not used");
        }

        @Override
        public TemplateUpload store(byte[] json, TemplateOrigin origin, Actor actor) {
            throw new AssertionError("not used");
        }
    }

    /** The audit, kept in a list. */
    static final class Audit implements ExportAudit {

        final List<ExportRecord> records = new ArrayList<>();

        @Override
        public ExportRecord record(ExportRecord export) {
            records.add(export);
            return export;
        }

        @Override
        public Page<ExportRecord> list(int offset, int limit) {
            throw new AssertionError("not used");
        }
    }

    /** A store that answers what the test set, and records each selection and question it was asked. */
    static final class Source implements FollowUpExportSource {

        final List<Object> asked = new ArrayList<>();
        List<ValueCount> values = List.of();
        List<NumberStats> numbers = List.of();
        List<DateStats> dates = List.of();
        List<DurationStats> durations = List.of();
        List<FlowCount> flow = List.of();
        List<AgeCount> ages = List.of();
        List<ScaleMeasures> measures = List.of();
        final Map<Long, ResponseClient> clients = new HashMap<>();
        List<ResponseRecord> responses = List.of();

        @Override
        public List<ValueCount> valueCounts(Selection selection, LocalDate from, LocalDate to,
                Collection<String> linkIds) {
            asked.add(selection);
            asked.add("values " + linkIds);
            return values;
        }

        @Override
        public List<NumberStats> numberStats(Selection selection, LocalDate from, LocalDate to,
                Collection<String> linkIds) {
            asked.add("numbers " + linkIds);
            return numbers;
        }

        @Override
        public List<DateStats> dateStats(Selection selection, LocalDate from, LocalDate to,
                Collection<String> linkIds) {
            asked.add("dates " + linkIds);
            return dates;
        }

        @Override
        public List<DurationStats> durations(Selection selection, LocalDate asOf) {
            asked.add(selection);
            asked.add("asOf " + asOf);
            return durations;
        }

        @Override
        public List<FlowCount> flow(Selection selection, List<Slice> slices) {
            asked.add(selection);
            asked.add(slices);
            return flow;
        }

        @Override
        public List<AgeCount> shares(Selection selection, LocalDate from, LocalDate to, LocalDate asOf,
                String linkId, Set<String> positive) {
            asked.add(selection);
            asked.add(from + ".." + to + " asOf " + asOf + " " + linkId + " " + positive);
            return ages;
        }

        @Override
        public void scaleMeasures(Selection selection, LocalDate from, LocalDate to, RespondentRole role,
                List<String> items, MeasuresConsumer consumer) throws IOException {
            asked.add(selection);
            asked.add(role + " " + items);
            for (ScaleMeasures m : measures) {
                if (!consumer.accept(m)) {
                    return;
                }
            }
        }

        @Override
        public void responses(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds,
                ClientConsumer clientConsumer, ResponseConsumer consumer) throws IOException {
            asked.add(selection);
            asked.add("columns " + new java.util.TreeSet<>(linkIds));
            clients.values().forEach(clientConsumer::accept);
            for (ResponseRecord r : responses) {
                if (!consumer.accept(r)) {
                    return;
                }
            }
        }
    }
}
