package org.wattplan.core.stats;

/**
 * Linear least squares with a ridge penalty, for small designs (tens of rows, a handful of columns). Model
 * note: {@code b = (X'X + lambda P)^-1 X'y}, P the identity except 0 for column 0 (the intercept is not
 * shrunk); residual scale {@code s = sqrt(sum r^2 / (n - p))}; the standard error of a new observation at x is
 * {@code s sqrt(1 + x' (X'X + lambda P)^-1 x)} (Hastie, Tibshirani, Friedman, "The Elements of Statistical
 * Learning", 2nd ed., sections 3.2 and 3.4.1). Solved by Gauss-Jordan elimination with partial pivoting.
 */
public record RidgeRegression(double[] coefficients, double residualScale, int degreesOfFreedom, double[][] inverse) {

    public static RidgeRegression fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int p = x[0].length;
        if (n <= p || y.length != n) {
            throw new IllegalArgumentException("need more rows than columns and one y per row");
        }
        double[][] gram = new double[p][p];
        double[] xty = new double[p];
        for (int row = 0; row < n; row++) {
            for (int i = 0; i < p; i++) {
                xty[i] += x[row][i] * y[row];
                for (int j = 0; j < p; j++) {
                    gram[i][j] += x[row][i] * x[row][j];
                }
            }
        }
        for (int i = 1; i < p; i++) {
            gram[i][i] += lambda;
        }
        double[][] inverse = invert(gram);
        double[] b = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                b[i] += inverse[i][j] * xty[j];
            }
        }
        double sumSquares = 0;
        for (int row = 0; row < n; row++) {
            double residual = y[row] - dot(b, x[row]);
            sumSquares += residual * residual;
        }
        int dof = n - p;
        return new RidgeRegression(b, Math.sqrt(sumSquares / dof), dof, inverse);
    }

    public double predict(double[] x) {
        return dot(coefficients, x);
    }

    /** Standard error of a new observation at x (residual scale with the estimate's own uncertainty). */
    public double predictionScale(double[] x) {
        double leverage = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                leverage += x[i] * inverse[i][j] * x[j];
            }
        }
        return residualScale * Math.sqrt(1 + leverage);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[][] invert(double[][] matrix) {
        int p = matrix.length;
        double[][] a = new double[p][2 * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, p);
            a[i][p + i] = 1;
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int row = col + 1; row < p; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("singular design: a column is constant or repeated");
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double scale = a[col][col];
            for (int j = 0; j < 2 * p; j++) {
                a[col][j] /= scale;
            }
            for (int row = 0; row < p; row++) {
                if (row != col && a[row][col] != 0) {
                    double factor = a[row][col];
                    for (int j = 0; j < 2 * p; j++) {
                        a[row][j] -= factor * a[col][j];
                    }
                }
            }
        }
        double[][] inverse = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], p, inverse[i], 0, p);
        }
        return inverse;
    }
}
