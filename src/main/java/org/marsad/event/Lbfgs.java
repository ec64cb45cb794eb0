package org.marsad.event;

/**
 * Limited-memory BFGS (Nocedal and Wright, Numerical Optimization, algorithm 7.4 and 7.5) with a backtracking
 * line search on the Armijo condition. Hand-written: the one optimiser the sentence-type model needs, a few
 * dozen lines, where the numeric libraries verified on these machines are GPL (Smile) or far larger.
 */
final class Lbfgs {
    private static final int MEMORY = 10;
    private static final double TOLERANCE = 1e-7;

    /** A differentiable function: returns f(w) and writes its gradient into {@code gradient}. */
    interface Objective {
        double value(double[] w, double[] gradient);
    }

    private Lbfgs() {
    }

    /** The minimiser reached from {@code start} in at most {@code iterations} steps. */
    static double[] minimize(Objective f, double[] start, int iterations) {
        int n = start.length;
        double[] w = start.clone(), g = new double[n], next = new double[n], gNext = new double[n], d = new double[n];
        double[][] s = new double[MEMORY][], y = new double[MEMORY][];
        double[] rho = new double[MEMORY], alpha = new double[MEMORY];
        int stored = 0, newest = -1;
        double fx = f.value(w, g);
        for (int it = 0; it < iterations; it++) {
            // two-loop recursion: d = -H g
            for (int j = 0; j < n; j++) d[j] = -g[j];
            for (int m = 0; m < stored; m++) {
                int i = Math.floorMod(newest - m, MEMORY);
                alpha[i] = rho[i] * dot(s[i], d);
                axpy(-alpha[i], y[i], d);
            }
            if (stored > 0) {
                double scale = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                for (int j = 0; j < n; j++) d[j] *= scale;
            } else {
                double norm = Math.sqrt(dot(g, g));
                for (int j = 0; j < n; j++) d[j] /= Math.max(norm, 1);
            }
            for (int m = stored - 1; m >= 0; m--) {
                int i = Math.floorMod(newest - m, MEMORY);
                double beta = rho[i] * dot(y[i], d);
                axpy(alpha[i] - beta, s[i], d);
            }
            double slope = dot(g, d);
            if (slope >= 0) { // not a descent direction: restart from the gradient
                for (int j = 0; j < n; j++) d[j] = -g[j];
                slope = dot(g, d);
                stored = 0;
            }
            double step = 1, fNext;
            while (true) {
                for (int j = 0; j < n; j++) next[j] = w[j] + step * d[j];
                fNext = f.value(next, gNext);
                if (fNext <= fx + 1e-4 * step * slope || step < 1e-10) break;
                step *= 0.5;
            }
            newest = (newest + 1) % MEMORY;
            s[newest] = new double[n];
            y[newest] = new double[n];
            for (int j = 0; j < n; j++) {
                s[newest][j] = next[j] - w[j];
                y[newest][j] = gNext[j] - g[j];
            }
            double sy = dot(s[newest], y[newest]);
            rho[newest] = sy > 0 ? 1 / sy : 0;
            stored = Math.min(stored + 1, MEMORY);
            double improvement = (fx - fNext) / Math.max(Math.abs(fx), 1);
            System.arraycopy(next, 0, w, 0, n);
            System.arraycopy(gNext, 0, g, 0, n);
            fx = fNext;
            if (improvement < TOLERANCE) break;
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }
}
