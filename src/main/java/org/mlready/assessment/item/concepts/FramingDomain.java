package org.mlready.assessment.item.concepts;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.mlready.assessment.item.RandomDraw;

/**
 * A prediction setting with targets of every kind: a yes/no event, real-valued amounts, one of several exclusive
 * classes and several tags that can apply at once. Framing families draw a target (or several) from it.
 */
record FramingDomain(String input, String event, List<String> amounts, String classNoun, List<String> classes,
                     String tagNoun, List<String> tags) {

    static final List<FramingDomain> ALL = List.of(
            new FramingDomain("a customer support ticket", "the customer will escalate the ticket",
                    List.of("the resolution time in hours", "the refund paid in euros",
                            "the agent time needed in minutes"),
                    "queue", List.of("billing", "shipping", "returns", "technical", "account", "warranty", "sales"),
                    "flag", List.of("urgent", "refund requested", "angry tone", "legal threat", "repeat contact",
                            "bug report", "VIP customer")),
            new FramingDomain("a product photo", "the photo breaks the listing rules",
                    List.of("the product's price in euros", "its weight in kilograms", "its volume in litres"),
                    "category", List.of("shoes", "bags", "watches", "phones", "lamps", "chairs", "books", "toys"),
                    "attribute", List.of("red", "blue", "leather", "wooden", "vintage", "handmade", "waterproof",
                            "foldable")),
            new FramingDomain("a house listing", "the house sells within 30 days",
                    List.of("the sale price in euros", "the monthly rent in euros",
                            "the yearly energy use in kWh"),
                    "property type", List.of("flat", "terraced house", "detached house", "bungalow", "studio",
                            "farmhouse", "villa"),
                    "amenity", List.of("garden", "garage", "balcony", "pool", "solar panels", "lift", "cellar",
                            "fireplace")),
            new FramingDomain("a news article", "the article is shared more than 1,000 times",
                    List.of("the expected reading time in minutes", "the average time on page in seconds",
                            "the hours until its traffic peaks"),
                    "section", List.of("politics", "sport", "business", "science", "culture", "travel", "health"),
                    "topic", List.of("elections", "climate", "AI", "football", "inflation", "space", "vaccines",
                            "housing")),
            new FramingDomain("a patient's record", "the patient is readmitted within 30 days",
                    List.of("the systolic blood pressure at the next visit in mmHg",
                            "the cholesterol level in mmol/L", "the body-mass index next year"),
                    "diagnosis group", List.of("cardiac", "respiratory", "neurological", "digestive",
                            "orthopaedic", "infectious"),
                    "condition", List.of("diabetes", "hypertension", "asthma", "obesity", "anaemia", "arthritis",
                            "depression")),
            new FramingDomain("a 30-second audio clip", "the clip contains vocals",
                    List.of("the tempo in beats per minute", "the loudness in decibels",
                            "the length of the intro in seconds"),
                    "genre", List.of("jazz", "rock", "classical", "hip-hop", "reggae", "techno", "folk", "blues"),
                    "instrument", List.of("piano", "guitar", "drums", "violin", "saxophone", "synthesiser",
                            "choir")),
            new FramingDomain("a card transaction", "the transaction is fraudulent",
                    List.of("the customer's spending next month in euros", "the account balance at month end in "
                            + "euros", "the merchant's fee in euros"),
                    "merchant category", List.of("groceries", "travel", "fuel", "dining", "electronics",
                            "clothing", "health"),
                    "risk flag", List.of("foreign merchant", "night-time", "new device", "high amount",
                            "first purchase", "mismatched address")),
            new FramingDomain("a satellite image tile", "the tile contains a building",
                    List.of("the mean surface temperature in °C", "last month's rainfall in mm",
                            "the mean elevation in metres"),
                    "land-use class", List.of("forest", "farmland", "urban", "water", "desert", "wetland",
                            "grassland"),
                    "object", List.of("road", "river", "building", "field", "cloud", "bridge", "harbour")));

    /** Backtick-quoted labels, comma separated, so a reader (and a test) can count them. */
    static String labels(List<String> labels) {
        return labels.stream().map(l -> "`" + l + "`").collect(Collectors.joining(", "));
    }

    static FramingDomain pick(Random random) {
        return RandomDraw.pick(random, ALL);
    }
}
