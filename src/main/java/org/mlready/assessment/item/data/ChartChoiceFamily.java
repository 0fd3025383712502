package org.mlready.assessment.item.data;

import org.mlready.assessment.item.ChoiceSet;
import org.mlready.assessment.item.ItemIrt;

import org.mlready.assessment.item.RandomDraw;
import org.mlready.assessment.item.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mlready.assessment.item.Choice;
import org.mlready.assessment.item.GeneratedItemFamily;
import org.mlready.assessment.item.ItemInstance;
import org.mlready.assessment.item.ResponseType;

/** Choosing a chart for a described variable or pair of variables, with an explanation for every option. */
public final class ChartChoiceFamily extends GeneratedItemFamily {

    public ChartChoiceFamily() {
        super("chart-choice", "task-visual-summaries", SCENARIOS.size());
    }

    enum Chart {
        SCATTER("Scatter plot", "a scatter plot",
                "shows how two numeric variables vary together, one point per observation"),
        LINE("Line chart", "a line chart", "shows a numeric quantity changing along an ordered axis such as time"),
        HISTOGRAM("Histogram", "a histogram", "shows the distribution of a single numeric variable"),
        BOX("Side-by-side box plots", "side-by-side box plots",
                "compare the distribution of a numeric variable across groups"),
        GROUPED_BAR("Grouped or stacked bar chart", "a grouped or stacked bar chart",
                "shows counts for combinations of two categorical variables"),
        BAR("Bar chart of counts", "a bar chart of counts",
                "shows how often each category of one categorical variable occurs");

        final String title;
        final String phrase;
        final String purpose;

        Chart(String title, String phrase, String purpose) {
            this.title = title;
            this.phrase = phrase;
            this.purpose = purpose;
        }

        String sentence() {
            return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + " " + purpose;
        }
    }

    private record Scenario(String description, Chart answer, String reason) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("the relationship between house floor area (m²) and sale price for 800 houses", Chart.SCATTER,
                    "both variables are numeric and the question is how they co-vary"),
            new Scenario("whether a car's engine power (kW) is related to its fuel consumption (l/100 km)",
                    Chart.SCATTER, "both variables are numeric and the question is how they co-vary"),
            new Scenario("how study hours relate to exam scores for 200 students", Chart.SCATTER,
                    "both variables are numeric and the question is how they co-vary"),
            new Scenario("daily active users of an app over the last 12 months", Chart.LINE,
                    "one numeric quantity evolves over time and the trend matters"),
            new Scenario("the hourly temperature at one weather station during a week", Chart.LINE,
                    "one numeric quantity evolves over time and the trend matters"),
            new Scenario("a company's monthly revenue over the last five years", Chart.LINE,
                    "one numeric quantity evolves over time and the trend matters"),
            new Scenario("the distribution of 5,000 customers' ages", Chart.HISTOGRAM,
                    "there is a single numeric variable and its shape (centre, spread, skew) is the question"),
            new Scenario("the distribution of request latencies (ms) for one API endpoint", Chart.HISTOGRAM,
                    "there is a single numeric variable and its shape (centre, spread, skew) is the question"),
            new Scenario("how a model's prediction errors are distributed on the test set", Chart.HISTOGRAM,
                    "there is a single numeric variable and its shape (centre, spread, skew) is the question"),
            new Scenario("salaries compared across five departments", Chart.BOX,
                    "a numeric variable is compared between the groups of a categorical variable"),
            new Scenario("delivery times compared across three shipping carriers", Chart.BOX,
                    "a numeric variable is compared between the groups of a categorical variable"),
            new Scenario("test scores of students taught with four different teaching methods", Chart.BOX,
                    "a numeric variable is compared between the groups of a categorical variable"),
            new Scenario("how subscription plan (free, basic, pro) is spread across four regions", Chart.GROUPED_BAR,
                    "both variables are categorical, so the data are counts per combination"),
            new Scenario("the number of survivors and non-survivors within each passenger class", Chart.GROUPED_BAR,
                    "both variables are categorical, so the data are counts per combination"),
            new Scenario("which device type (phone, tablet, desktop) customers use, split by country",
                    Chart.GROUPED_BAR, "both variables are categorical, so the data are counts per combination"),
            new Scenario("how many support tickets fall into each of six issue categories", Chart.BAR,
                    "there is one categorical variable and the question is how often each category occurs"),
            new Scenario("the number of customers using each payment method", Chart.BAR,
                    "there is one categorical variable and the question is how often each category occurs"),
            new Scenario("how often each of eight product categories appears in the orders table", Chart.BAR,
                    "there is one categorical variable and the question is how often each category occurs"));

    @Override
    public ItemInstance generate(long seed) {
        Random random = SeededRandom.of(seed);
        Scenario scenario = RandomDraw.pick(random, SCENARIOS);
        List<Chart> others = new ArrayList<>();
        for (Chart chart : Chart.values()) {
            if (chart != scenario.answer()) {
                others.add(chart);
            }
        }
        List<ChoiceSet.Option> options = new ArrayList<>();
        options.add(new ChoiceSet.Option(scenario.answer().title, true, "Correct: "
                + scenario.answer().phrase + " " + scenario.answer().purpose + ", and here " + scenario.reason()
                + "."));
        for (int i = 0; i < 3; i++) {
            Chart wrong = others.remove(random.nextInt(others.size()));
            options.add(new ChoiceSet.Option(wrong.title, false, wrong.sentence() + "; here " + scenario.reason()
                    + ", which calls for " + scenario.answer().phrase + "."));
        }
        List<Choice> choices = ChoiceSet.shuffled(random, options);
        String stem = "You want to show " + scenario.description() + ". Which chart is the most suitable?";
        String solution = "Decide the variable types first: " + scenario.reason() + ". "
                + scenario.answer().sentence() + ".\n\nAnswer: **"
                + scenario.answer().title + "**.";
        List<String> hints = List.of("Is each variable numeric, categorical or time?",
                "Match the question (relationship, trend, distribution, comparison, counts) to a chart.");
        return new ItemInstance(id(), skillId(), seed, stem, ResponseType.SINGLE_CHOICE, ChoiceSet.key(choices),
                solution, hints, choices, ItemIrt.choice(0.8, -1.6, choices.size()));
    }

    /** The scenario descriptions and their intended charts, for tests. */
    static List<String> scenarioDescriptions() {
        return SCENARIOS.stream().map(Scenario::description).toList();
    }

    static String intendedChart(String description) {
        return SCENARIOS.stream().filter(s -> s.description().equals(description)).findFirst().orElseThrow()
                .answer().title;
    }
}
