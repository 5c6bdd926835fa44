# The R reference for `mndcare analyze survival` (docs/statistics/survival.md, contract: statistics-contract.md).
# Usage: Rscript eng/r/survival.R SURVIVAL.csv RESULT.json
# Reads `patient_id,time_months,event[,covariates...]`, skips rows whose time, event or any covariate is missing or
# not a number (time must be >= 0 and event 0 or 1, as mndcare reads them), then writes the issue's JSON with
# print(survfit(Surv(time, event) ~ 1)) and coxph(..., ties = "efron") at full precision, plus an "r" block with the
# whole Kaplan-Meier curve and the Cox iteration count that the tests also compare.
suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript eng/r/survival.R SURVIVAL.csv RESULT.json")

raw <- read.csv(args[1], colClasses = "character", check.names = FALSE, na.strings = character(0))
covariates <- setdiff(names(raw), c("patient_id", "time_months", "event"))
number <- function(v) suppressWarnings(as.numeric(v))
time <- number(raw$time_months)
event <- number(raw$event)
x <- vapply(covariates, function(name) number(raw[[name]]), numeric(nrow(raw)))
if (!is.matrix(x)) x <- matrix(x, nrow = nrow(raw), dimnames = list(NULL, covariates))
usable <- is.finite(time) & time >= 0 & !is.na(event) & event %in% c(0, 1) & apply(is.finite(x), 1, all)
time <- time[usable]
event <- event[usable]
x <- x[usable, , drop = FALSE]

num <- function(v) ifelse(is.na(v) | !is.finite(v), "null", sprintf("%.17g", v))
obj <- function(fields) paste0("{", paste0("\"", names(fields), "\":", fields, collapse = ","), "}")
arr <- function(v) paste0("[", paste(num(v), collapse = ","), "]")

km <- survfit(Surv(time, event) ~ 1)
table <- summary(km)$table
kaplanMeier <- obj(c(median = num(table[["median"]]), lower95 = num(table[["0.95LCL"]]), upper95 = num(table[["0.95UCL"]])))
curve <- obj(c(time = arr(km$time), nRisk = arr(km$n.risk), nEvent = arr(km$n.event), nCensor = arr(km$n.censor),
               surv = arr(km$surv), lower = arr(km$lower), upper = arr(km$upper)))

cox <- "null"
iterations <- "null"
if (length(covariates) > 0) {
  data <- data.frame(time = time, event = event, x, check.names = FALSE)
  formula <- as.formula(paste("Surv(time, event) ~", paste0("`", covariates, "`", collapse = " + ")))
  converged <- TRUE
  fit <- withCallingHandlers(coxph(formula, data = data, ties = "efron"), warning = function(w) {
    if (grepl("Ran out of iterations", conditionMessage(w))) converged <<- FALSE
    invokeRestart("muffleWarning")
  })
  if (!any(is.na(coef(fit)))) {
    s <- summary(fit)
    coefficients <- vapply(seq_along(covariates), function(i) obj(c(
      coef = num(s$coefficients[i, "coef"]), se = num(s$coefficients[i, "se(coef)"]),
      hazardRatio = num(s$conf.int[i, "exp(coef)"]), lower95 = num(s$conf.int[i, "lower .95"]),
      upper95 = num(s$conf.int[i, "upper .95"]), p = num(s$coefficients[i, "Pr(>|z|)"]))), "")
    names(coefficients) <- covariates
    cox <- obj(c(coefficients = obj(coefficients), logLikelihood = num(fit$loglik[2]),
                 concordance = num(s$concordance[[1]]), converged = tolower(converged)))
    iterations <- as.character(fit$iter)
  }
}

json <- obj(c(n = as.character(length(time)), events = as.character(sum(event)), skippedRows = as.character(sum(!usable)),
              kaplanMeier = kaplanMeier, cox = cox,
              r = obj(c(survival = dQuote(as.character(packageVersion("survival")), FALSE), coxIterations = iterations,
                        curve = curve))))
writeLines(json, args[2])
