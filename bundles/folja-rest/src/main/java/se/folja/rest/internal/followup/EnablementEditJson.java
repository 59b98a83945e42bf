package se.folja.rest.internal.followup;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PATCH /admin/followup-enablements/{id}}: what to change. An absent field keeps its value, and
 * so does a {@code null} {@code version} or {@code from}; {@code "to": null} (or {@code ""}) makes the enablement
 * open-ended. A record cannot tell an absent field from a {@code null} one, so this is a bean whose setter for
 * {@code to} notes that it was given.
 */
@Schema(description = "Fields to change; absent fields stay. \"to\": null makes the enablement open-ended")
public final class EnablementEditJson {

    private Integer version;
    private String from;
    private String to;
    private boolean toGiven;

    public EnablementEditJson() {
    }

    EnablementEditJson(Integer version, String from, String to, boolean toGiven) {
        this.version = version;
        this.from = from;
        this.to = to;
        this.toGiven = toGiven;
    }

    @Schema(description = "Another version of the same template", example = "2")
    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    @Schema(description = "The new first day", example = "2026-12-01")
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    @Schema(description = "The new last day, inclusive; null to make it open-ended", example = "2027-06-30",
            nullable = true)
    public String getTo() {
        return to;
    }

    /** Called by Jackson whenever the body names {@code to}, with null for {@code "to": null}. */
    public void setTo(String to) {
        this.to = to;
        this.toGiven = true;
    }

    /** @return whether the body names {@code to} at all, null or not */
    @JsonIgnore
    boolean toGiven() {
        return toGiven;
    }

    /** @return whether the body changes nothing: no field, or only null ones that keep their values */
    @JsonIgnore
    boolean isEmpty() {
        return version == null && from == null && !toGiven;
    }
}
