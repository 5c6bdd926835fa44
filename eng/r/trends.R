# Reference values for src/MndCare.Statistics/Trends (tests/MndCare.Statistics.Tests/Trends/TrendReferenceTests.cs).
# Run: Rscript eng/r/trends.R   (R 4.2.2, stats package only). Prints every number with 17 significant digits.
options(digits = 17)
sets <- list(
  A = list(x = c(-12.1, -9.0, -6.2, -2.9, 0), y = c(41, 40, 38, 38, 36)),
  B = list(x = c(0.9, 3.0, 6.1, 12.2), y = c(36, 35, 35, 33)),
  C = list(x = c(-6, -3, 0), y = c(44, 43, 43)),
  D = list(x = 100000 + c(0, 0.5, 1.25, 2, 3.1), y = c(30, 29, 29, 27, 26))
)
fits <- list()
for (name in names(sets)) {
  d <- data.frame(x = sets[[name]]$x, y = sets[[name]]$y)
  fit <- lm(y ~ x, data = d)
  fits[[name]] <- fit
  s <- summary(fit)
  ci95 <- confint(fit, "x", level = 0.95)
  ci90 <- confint(fit, "x", level = 0.90)
  cat(name, "n", nrow(d), "intercept", coef(fit)[1], "slope", coef(fit)[2], "se", s$coefficients["x", "Std. Error"],
      "sigma", s$sigma, "df", df.residual(fit), "\n")
  cat(name, "slope95", ci95[1], ci95[2], "slope90", ci90[1], ci90[2], "\n")
}
for (x0 in c(0.9, 3.0, 6.1, 12.2)) {
  p <- predict(fits$A, newdata = data.frame(x = x0), interval = "prediction", level = 0.95)
  cat("A predict", x0, p[1, "fit"], p[1, "lwr"], p[1, "upr"], "\n")
}
p <- predict(fits$A, newdata = data.frame(x = 6.1), interval = "prediction", level = 0.80)
cat("A predict80", 6.1, p[1, "fit"], p[1, "lwr"], p[1, "upr"], "\n")
p <- predict(fits$D, newdata = data.frame(x = 100006), interval = "prediction", level = 0.95)
cat("D predict", 100006, p[1, "fit"], p[1, "lwr"], p[1, "upr"], "\n")
# Difference of two independent slopes (after minus before), Welch–Satterthwaite degrees of freedom.
welch <- function(before, after, level = 0.95) {
  b <- summary(before)$coefficients["x", ]; a <- summary(after)$coefficients["x", ]
  v1 <- b[["Std. Error"]]^2; v2 <- a[["Std. Error"]]^2
  df <- (v1 + v2)^2 / (v1^2 / df.residual(before) + v2^2 / df.residual(after))
  d <- a[["Estimate"]] - b[["Estimate"]]; se <- sqrt(v1 + v2); q <- qt(1 - (1 - level) / 2, df)
  cat("welch", d, se, df, d - q * se, d + q * se, "\n")
}
welch(fits$A, fits$B)
welch(fits$C, fits$B)
welch(fits$A, fits$B, 0.90)
