package org.wattplan.plan;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPVariable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A linear expression being built: MPSolver's {@code setCoefficient} replaces a coefficient, so terms of the same
 * variable are summed here first, then written once.
 */
final class Terms {
    private final Map<MPVariable, Double> coefficients = new LinkedHashMap<>();
    private double constant;

    Terms add(MPVariable variable, double coefficient) {
        if (coefficient != 0) {
            coefficients.merge(variable, coefficient, Double::sum);
        }
        return this;
    }

    Terms add(double value) {
        constant += value;
        return this;
    }

    Terms addAll(Terms other, double factor) {
        other.coefficients.forEach((v, c) -> add(v, c * factor));
        constant += other.constant * factor;
        return this;
    }

    double constant() {
        return constant;
    }

    /** The expression's value in the current solution. */
    double value() {
        double sum = constant;
        for (Map.Entry<MPVariable, Double> e : coefficients.entrySet()) {
            sum += e.getKey().solutionValue() * e.getValue();
        }
        return sum;
    }

    /** Writes {@code lower <= this <= upper} (the constant moved to the bounds). */
    void into(MPConstraint constraint) {
        coefficients.forEach(constraint::setCoefficient);
        constraint.setBounds(constraint.lb() - constant, constraint.ub() - constant);
    }

    void into(MPObjective objective) {
        coefficients.forEach((v, c) -> objective.setCoefficient(v, objective.getCoefficient(v) + c));
        objective.setOffset(objective.offset() + constant);
    }
}
