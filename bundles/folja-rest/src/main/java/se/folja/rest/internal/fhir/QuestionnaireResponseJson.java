package se.folja.rest.internal.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.Coding;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.Item;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.rest.internal.json.JsonProvider;

/**
 * A stored response as a plain FHIR R4 {@code QuestionnaireResponse}: {@code id} (Följa's number of the response),
 * {@code meta.versionId} (its revision) and {@code meta.lastUpdated}, the {@code questionnaire} it answers
 * ({@code <canonical url>|<template version>}, as {@code /fhir/Questionnaire} serves it), {@code status}
 * ({@code completed} or {@code entered-in-error}), {@code subject} (the client, by personnummer or samordningsnummer:
 * the endpoints are for the members of the enrolment's unit only), {@code authored} (the day answered), and the
 * answers in the questionnaire's item tree: a group holding answers appears with them, a repeating group once per
 * entry, each question with its text and its answers; unanswered questions, empty groups and display items are left
 * out. The occasion and who entered the response are Följa's, at {@code /responses/{id}}.
 */
final class QuestionnaireResponseJson {

    /** The identifier system of a Swedish personnummer. */
    static final String PERSONNUMMER = "http://electronichealth.se/identifier/personnummer";
    /** The identifier system of a Swedish samordningsnummer. */
    static final String SAMORDNINGSNUMMER = "http://electronichealth.se/identifier/samordningsnummer";

    private QuestionnaireResponseJson() {
    }

    /**
     * @param response the stored response
     * @param questionnaire the questionnaire it answers: its role's in its template version
     */
    static ObjectNode render(FollowUpResponse response, Questionnaire questionnaire) {
        ObjectNode qr = JsonProvider.MAPPER.createObjectNode().put("resourceType", "QuestionnaireResponse");
        qr.put("id", Long.toString(response.id()));
        qr.putObject("meta").put("versionId", Long.toString(response.revision()))
                .put("lastUpdated", TerminologyJson.dateTime(response.changedAt()));
        qr.put("questionnaire", QuestionnaireJson.url(response.templateCode(), response.role()) + "|"
                + response.templateVersion());
        qr.put("status", response.status() == ResponseStatus.COMPLETED ? "completed" : "entered-in-error");
        PersonalIdentityNumber client = response.client();
        qr.putObject("subject").putObject("identifier")
                .put("system", client.kind() == PersonalIdentityNumber.Kind.COORDINATION_NUMBER ? SAMORDNINGSNUMMER
                        : PERSONNUMMER)
                .put("value", client.digits());
        qr.put("authored", response.answeredOn().toString());
        Map<Key, Answer> answers = new HashMap<>();
        for (Answer answer : response.answers()) {
            answers.put(new Key(answer.linkId(), answer.groupInstances()), answer);
        }
        List<ObjectNode> items = items(questionnaire.items(), List.of(), answers, response.answers());
        if (!items.isEmpty()) {
            qr.putArray("item").addAll(items);
        }
        return qr;
    }

    private record Key(String linkId, List<Integer> instances) {
    }

    private static List<ObjectNode> items(List<Item> defs, List<Integer> instances, Map<Key, Answer> answers,
            List<Answer> all) {
        List<ObjectNode> items = new ArrayList<>();
        for (Item def : defs) {
            if (def.type() == QuestionType.GROUP) {
                if (def.repeats()) {
                    for (int entry : entries(def, instances, all)) {
                        List<Integer> inner = new ArrayList<>(instances);
                        inner.add(entry);
                        group(def, items(def.items(), List.copyOf(inner), answers, all), items);
                    }
                } else {
                    group(def, items(def.items(), instances, answers, all), items);
                }
            } else if (def.type() != QuestionType.DISPLAY) {
                Answer answer = answers.get(new Key(def.linkId(), instances));
                if (answer != null) {
                    ObjectNode item = node(def);
                    ArrayNode values = item.putArray("answer");
                    for (AnswerValue value : answer.values()) {
                        value(def, value, values.addObject());
                    }
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static void group(Item def, List<ObjectNode> children, List<ObjectNode> items) {
        if (!children.isEmpty()) {
            ObjectNode group = node(def);
            group.putArray("item").addAll(children);
            items.add(group);
        }
    }

    private static ObjectNode node(Item def) {
        ObjectNode item = JsonProvider.MAPPER.createObjectNode().put("linkId", def.linkId());
        if (def.text() != null) {
            item.put("text", def.text());
        }
        return item;
    }

    /** @return the numbers of the repeating group's entries that hold an answer, within {@code instances} */
    private static Set<Integer> entries(Item group, List<Integer> instances, List<Answer> all) {
        Set<String> inside = new HashSet<>();
        descendants(group.items(), inside);
        Set<Integer> entries = new TreeSet<>();
        int depth = instances.size();
        for (Answer answer : all) {
            List<Integer> at = answer.groupInstances();
            if (inside.contains(answer.linkId()) && at.size() > depth && at.subList(0, depth).equals(instances)) {
                entries.add(at.get(depth));
            }
        }
        return entries;
    }

    private static void descendants(List<Item> items, Set<String> linkIds) {
        for (Item item : items) {
            linkIds.add(item.linkId());
            descendants(item.items(), linkIds);
        }
    }

    private static void value(Item def, AnswerValue value, ObjectNode answer) {
        if (value instanceof AnswerValue.OfBoolean b) {
            answer.put("valueBoolean", b.value());
        } else if (value instanceof AnswerValue.OfCoding c) {
            ObjectNode coding = answer.putObject("valueCoding");
            if (c.value().system() != null) {
                coding.put("system", c.value().system());
            }
            coding.put("code", c.value().code());
            for (Coding option : def.options()) {
                if (option.code().equals(c.value().code()) && option.display() != null) {
                    coding.put("display", option.display());
                }
            }
        } else if (value instanceof AnswerValue.OfInteger i) {
            answer.put("valueInteger", i.value());
        } else if (value instanceof AnswerValue.OfDecimal d) {
            answer.put("valueDecimal", d.value());
        } else if (value instanceof AnswerValue.OfDate d) {
            answer.put("valueDate", d.value().toString());
        } else {
            answer.put("valueString", ((AnswerValue.OfString) value).value());
        }
    }
}
