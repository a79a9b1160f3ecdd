package io.multicell.integrator.web.form;

import io.multicell.integrator.api.Labelled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A settings page of the manual as data: its sections and fields with their texts. The page's path is where it is
 * shown and where its form is posted. A field of an element of a list of sub-records is named as the API names it in
 * a broken rule, {@code connectionRingtones[2].name}; its help may be given once for all elements
 * ({@code <form>.connectionRingtones[].name.help}).
 */
public record FormDefinition(String id, String path, String title, String pageHelp, List<FormSection> sections) {

    public FormDefinition {
        sections = List.copyOf(sections);
    }

    public List<FormField> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    public Optional<FormField> field(String name) {
        return fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The same form shown and posted at {@code otherPath} (one page per entity, e.g. a profile's page). */
    public FormDefinition at(String otherPath) {
        return new FormDefinition(id, otherPath, title, pageHelp, sections);
    }

    /**
     * The same form with its title, page help, section titles, labels and help texts from {@code texts} (the forms are
     * built once in English; each request shows them in its language).
     */
    public FormDefinition in(FieldTexts texts) {
        List<FormSection> translated = sections.stream().map(s -> new FormSection(s.key(),
                s.key() == null ? "" : texts.text(id + ".section." + s.key()),
                s.fields().stream().map(f -> f.isHidden() ? f : f.withTexts(texts.text(id + "." + f.name()), help(texts, id, f.name())))
                        .toList())).toList();
        return new FormDefinition(id, path, texts.text(id + ".title"), texts.textOr(id + ".help", null), translated);
    }

    private static String help(FieldTexts texts, String id, String name) {
        String anyElement = id + "." + name.replaceAll("\\[\\d+]", "[]") + ".help";
        return texts.textOr(id + "." + name + ".help", texts.textOr(anyElement, null));
    }

    public static Builder builder(String id, String path) {
        return new Builder(id, path, FieldTexts.english());
    }

    /** Builds a form from its field names; every label and help text comes from the bundle. */
    public static final class Builder {
        private final String id;
        private final String path;
        private final FieldTexts texts;
        private final List<FormSection> sections = new ArrayList<>();
        private String sectionKey;
        private List<FormField> fields = new ArrayList<>();

        private Builder(String id, String path, FieldTexts texts) {
            this.id = id;
            this.path = path;
            this.texts = texts;
        }

        /** Starts a section titled by {@code <form>.section.<key>}. */
        public Builder section(String key) {
            close();
            texts.text(id + ".section." + key); // fails now when the bundle lacks it
            sectionKey = key;
            return this;
        }

        public Builder text(String name) {
            return add(name, FieldKind.TEXT, List.of(), null);
        }

        public Builder password(String name) {
            return add(name, FieldKind.PASSWORD, List.of(), null);
        }

        public Builder number(String name, String unit) {
            return add(name, FieldKind.NUMBER, List.of(), unit);
        }

        /** A number with a fraction, e.g. metres; {@code unit} is shown after the field. */
        public Builder decimal(String name, String unit) {
            return add(name, FieldKind.DECIMAL, List.of(), unit);
        }

        public Builder checkbox(String name) {
            return add(name, FieldKind.CHECKBOX, List.of(), null);
        }

        public Builder readOnly(String name) {
            return add(name, FieldKind.READ_ONLY, List.of(), null);
        }

        public Builder select(String name, List<Choice> choices) {
            return add(name, FieldKind.SELECT, choices, null);
        }

        /** A select of the manual's options of an enum (value: the code, label: the manual's text). */
        public <E extends Enum<E> & Labelled> Builder select(String name, Class<E> options) {
            return select(name, choicesOf(options));
        }

        public Builder multiSelect(String name, List<Choice> choices) {
            return add(name, FieldKind.MULTI_SELECT, choices, null);
        }

        /** Choices active in an order the admin sets, the rest available (see {@link FieldKind#ORDERED_LIST}). */
        public Builder orderedList(String name, List<Choice> choices) {
            return add(name, FieldKind.ORDERED_LIST, choices, null);
        }

        /** The manual's options of an enum as an ordered list. */
        public <E extends Enum<E> & Labelled> Builder orderedList(String name, Class<E> options) {
            return orderedList(name, choicesOf(options));
        }

        /** A value the page sends back unchanged (needs no label text). */
        public Builder hidden(String name) {
            fields.add(new FormField(name, name, null, FieldKind.HIDDEN, List.of(), null));
            return this;
        }

        public FormDefinition build() {
            close();
            return new FormDefinition(id, path, texts.text(id + ".title"), texts.textOr(id + ".help", null), sections);
        }

        private Builder add(String name, FieldKind kind, List<Choice> choices, String unit) {
            fields.add(new FormField(name, texts.text(id + "." + name), help(texts, id, name), kind, choices, unit));
            return this;
        }

        private void close() {
            if (!fields.isEmpty()) {
                sections.add(new FormSection(sectionKey, sectionKey == null ? "" : texts.text(id + ".section." + sectionKey), fields));
            }
            fields = new ArrayList<>();
        }
    }

    public static <E extends Enum<E> & Labelled> List<Choice> choicesOf(Class<E> options) {
        return Arrays.stream(options.getEnumConstants()).map(o -> new Choice(o.name(), o.label())).toList();
    }
}
