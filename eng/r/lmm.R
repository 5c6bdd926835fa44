# Reference fit of the ALSFRS-R mixed model (docs/statistics/lmm.md, statistics-contract.md):
#   Rscript eng/r/lmm.R VISITS.csv RESULT.json [--lme4-defaults]
# Reads the CSV as `mndcare analyze lmm` does (rows with a missing, NA or non-numeric value skipped and counted) and fits
# alsfrsr_total ~ months [+ post_months] + (months | patient_id) by REML. By default the optimum is found to tight
# tolerances: lmer's default fit, then bobyqa (rhoend 1e-10) and Nelder-Mead (FtolAbs 1e-12) restarted from it; the
# lowest REML criterion wins. --lme4-defaults fits once with lmer's defaults (what eng/bench-analyze.sh times).
# No jsonlite on the reference machine: JSON is written with sprintf at 17 significant digits.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: Rscript eng/r/lmm.R VISITS.csv RESULT.json [--lme4-defaults]")
suppressPackageStartupMessages(library(lme4))

raw <- read.csv(args[1], colClasses = "character", na.strings = "NA", check.names = FALSE, strip.white = FALSE)
number <- function(x) suppressWarnings(as.numeric(x))
has_post <- "post_months" %in% names(raw)
d <- data.frame(patient_id = raw$patient_id, months = number(raw$months), alsfrsr_total = number(raw$alsfrsr_total),
                stringsAsFactors = FALSE)
usable <- !is.na(d$patient_id) & d$patient_id != "" & is.finite(d$months) & is.finite(d$alsfrsr_total)
if (has_post) {
  d$post_months <- number(raw$post_months)
  usable <- usable & is.finite(d$post_months)
}
skipped <- sum(!usable)
d <- d[usable, ]
d$patient_id <- factor(d$patient_id)
form <- if (has_post) alsfrsr_total ~ months + post_months + (months | patient_id) else alsfrsr_total ~ months + (months | patient_id)

start_time <- proc.time()[["elapsed"]]
fit <- lmer(form, data = d, REML = TRUE)
if (!("--lme4-defaults" %in% args)) {
  theta0 <- getME(fit, "theta")
  tight <- list(
    update(fit, start = theta0, control = lmerControl(optimizer = "bobyqa",
      optCtrl = list(rhobeg = 1e-3, rhoend = 1e-10, maxfun = 1e5))),
    update(fit, start = theta0, control = lmerControl(optimizer = "Nelder_Mead",
      optCtrl = list(FtolAbs = 1e-12, FtolRel = 1e-15, XtolRel = 1e-12, maxfun = 1e5))))
  crit <- sapply(tight, REMLcrit)
  agreement <- max(abs(getME(tight[[1]], "theta") - getME(tight[[2]], "theta")))
  fit <- tight[[which.min(crit)]]
} else {
  agreement <- NA
}
elapsed <- proc.time()[["elapsed"]] - start_time

num <- function(x) if (is.na(x) || !is.finite(x)) "null" else sprintf("%.17g", x)
beta <- fixef(fit)
se <- sqrt(diag(as.matrix(vcov(fit))))
vc <- as.data.frame(VarCorr(fit))
sd_of <- function(var1, var2 = NA) {
  row <- vc[vc$grp == "patient_id" & vc$var1 %in% var1 & (if (is.na(var2)) is.na(vc$var2) else vc$var2 %in% var2), ]
  row$sdcor
}
effects <- paste(sprintf("    \"%s\": {\"estimate\": %s, \"standardError\": %s}", names(beta), sapply(beta, num), sapply(se, num)),
                 collapse = ",\n")
json <- paste0("{\n",
  "  \"nObservations\": ", nobs(fit), ",\n",
  "  \"nGroups\": ", ngrps(fit)[["patient_id"]], ",\n",
  "  \"skippedRows\": ", skipped, ",\n",
  "  \"fixedEffects\": {\n", effects, "\n  },\n",
  "  \"randomEffects\": {\"sdIntercept\": ", num(sd_of("(Intercept)")), ", \"sdSlope\": ", num(sd_of("months")),
  ", \"correlation\": ", num(sd_of("(Intercept)", "months")), ", \"sdResidual\": ", num(sigma(fit)), "},\n",
  "  \"remlCriterion\": ", num(REMLcrit(fit)), ",\n",
  "  \"theta\": [", paste(sapply(getME(fit, "theta"), num), collapse = ", "), "],\n",
  "  \"optimizerAgreement\": ", num(agreement), ",\n",
  "  \"fitSeconds\": ", num(elapsed), ",\n",
  "  \"lme4\": \"", as.character(packageVersion("lme4")), "\", \"r\": \"", R.version.string, "\"\n",
  "}\n")
writeLines(json, args[2], sep = "")
