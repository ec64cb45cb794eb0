package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvalEventsBootstrapTest {

    private static EvalEventsCommand.ArticleScores article(int tp, int fp, int fn, int actorAgree, int actorTotal) {
        var a = new EvalEventsCommand.ArticleScores();
        a.detection.tp = tp;
        a.detection.fp = fp;
        a.detection.fn = fn;
        a.args.get("actor").agree = actorAgree;
        a.args.get("actor").total = actorTotal;
        return a;
    }

    @Test
    void identicalArticlesGiveAPointInterval() {
        List<EvalEventsCommand.ArticleScores> same = new ArrayList<>();
        for (int i = 0; i < 20; i++) same.add(article(3, 1, 1, 2, 3));
        var ci = EvalEventsCommand.Bootstrap.intervals(same, 200);
        assertThat(ci.get("detection")).containsExactly(0.75, 0.75);
        assertThat(ci.get("actor")[0]).isEqualTo(ci.get("actor")[1]).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void intervalHoldsThePooledFigureAndNarrowsWithMoreArticles() {
        Random random = new Random(5);
        List<EvalEventsCommand.ArticleScores> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) articles.add(article(random.nextInt(8), random.nextInt(5), random.nextInt(5), random.nextInt(3), 3));
        EvalEventsCommand.Score pooled = new EvalEventsCommand.Score();
        articles.forEach(a -> pooled.add(a.detection));
        double[] wide = EvalEventsCommand.Bootstrap.intervals(articles.subList(0, 25), 500).get("detection");
        double[] narrow = EvalEventsCommand.Bootstrap.intervals(articles, 500).get("detection");
        assertThat(narrow[0]).isLessThan(pooled.f1());
        assertThat(narrow[1]).isGreaterThan(pooled.f1());
        assertThat(narrow[1] - narrow[0]).isLessThan(wide[1] - wide[0]);
    }

    @Test
    void noResamplesNoInterval() {
        assertThat(EvalEventsCommand.Bootstrap.intervals(List.of(article(1, 0, 0, 1, 1)), 0)).isEmpty();
    }
}
