package se.folja.rest.internal.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;

import io.swagger.v3.oas.annotations.Parameter;

import se.folja.api.ValidationException;
import se.folja.api.export.AgeGroup;
import se.folja.api.export.FollowUpSelection;
import se.folja.rest.internal.export.ExportResource.Format;
import se.folja.rest.internal.request.Params;

/**
 * The parameters of a follow-up export, read together: those every one takes ({@link Common}) and each export's own,
 * so that one 400 names every bad one.
 */
final class FollowUpRequest {

    /** The parameters every follow-up export takes, declared once (JAX-RS fills them; OpenAPI describes them). */
    public static final class Common {

        @Parameter(description = "The template's code, e.g. ORS or TROSA_MISSBRUK")
        @PathParam("template")
        public String template;

        @Parameter(description = "One version of the template (default: every version)")
        @QueryParam("version")
        public String version;

        @Parameter(description = "Unit codes (default: every unit)")
        @QueryParam("unit")
        public List<String> units;

        @Parameter(description = "json (default), csv or xlsx; or ask by Accept (application/json, text/csv, the"
                + " XLSX type)")
        @QueryParam("format")
        public String format;

        @Parameter(description = "true: CSV for Swedish Excel (UTF-8 byte order mark, semicolons, decimal comma)")
        @QueryParam("excel")
        public String excel;
    }

    final Params params = new Params();
    private final List<ValidationException> more = new ArrayList<>();
    private final Common common;
    private final Format format;
    private final boolean excel;
    private final Integer version;

    FollowUpRequest(Common common, HttpHeaders headers) {
        this.common = common;
        Format chosen = params.enumValue("format", common.format, Format.class);
        this.format = chosen != null ? chosen : ExportResource.negotiated(headers);
        this.excel = params.bool("excel", common.excel, false);
        this.version = version(common.version);
    }

    private Integer version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("[1-9]\\d{0,8}")) {
            more.add(ValidationException.of("version", "must be a whole number of 1 or more"));
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    LocalDate date(String name, String value) {
        return params.date(name, value);
    }

    /** @return the age groups asked for, or the default's; an error is kept for {@link #check} */
    List<AgeGroup> ageGroups(String text) {
        try {
            return AgeGroup.parse(text, "ageGroups");
        } catch (ValidationException e) {
            more.add(e);
            return List.of();
        }
    }

    /** Keeps an error of a parameter read by the caller. */
    void refuse(String field, String message) {
        more.add(ValidationException.of(field, message));
    }

    /** @throws ValidationException naming every bad parameter, if any */
    void check() {
        ValidationException.Builder errors = ValidationException.builder();
        try {
            params.check();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        more.forEach(e -> errors.addAll(e.errors()));
        errors.throwIfAny();
    }

    FollowUpSelection selection() {
        Set<String> units = Params.codes(common.units);
        return new FollowUpSelection(common.template, version, units);
    }

    Format format() {
        return format;
    }

    boolean excel() {
        return excel;
    }

    /** @return the file's name: {@code folja-<template>-<export>} */
    String file(String export) {
        return "folja-" + common.template.replaceAll("[^A-Za-z0-9_-]", "") + "-" + export;
    }
}
