namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>An ICH E2A seriousness criterion; an event meeting any of them is serious.</summary>
/// <remarks>ICH E2A (1994) II.B; ../shared/reference/therapy-safety-tcm.md C3. Seriousness is about outcome, not intensity (grade).</remarks>
public enum SeriousnessCriterion
{
    /// <summary>Results in death.</summary>
    Death,

    /// <summary>Is life-threatening (at the time of the event).</summary>
    LifeThreatening,

    /// <summary>Requires inpatient hospitalisation or prolongs it.</summary>
    Hospitalisation,

    /// <summary>Results in persistent or significant disability or incapacity.</summary>
    Disability,

    /// <summary>Is a congenital anomaly or birth defect.</summary>
    CongenitalAnomaly,

    /// <summary>Medically important on medical judgement.</summary>
    MedicallyImportant,
}

/// <summary>The WHO-UMC causality category of one suspect.</summary>
/// <remarks>WHO-UMC system for standardised case causality assessment (Uppsala Monitoring Centre, 2013).</remarks>
public enum CausalityCategory
{
    /// <summary>Certain.</summary>
    Certain,

    /// <summary>Probable / likely.</summary>
    Probable,

    /// <summary>Possible.</summary>
    Possible,

    /// <summary>Unlikely.</summary>
    Unlikely,

    /// <summary>Conditional / unclassified: more data are needed and being examined.</summary>
    Conditional,

    /// <summary>Unassessable / unclassifiable: information insufficient or contradictory, cannot be supplemented.</summary>
    Unassessable,
}

/// <summary>What a suspect is; a suspect is a kind, a reference id into the patient's record and a label.</summary>
/// <remarks>Stored by name, so new kinds (TCM procedures, herbal prescriptions) need no schema change (ADR 0033).</remarks>
public enum SuspectKind
{
    /// <summary>A cell lot infused (with the units given in the label).</summary>
    Lot,

    /// <summary>A concomitant medication.</summary>
    ConcomitantMedication,

    /// <summary>A procedure: the infusion itself, or a TCM procedure.</summary>
    Procedure,

    /// <summary>One herb of a herbal prescription.</summary>
    Herb,

    /// <summary>A herbal formula (a prescription as a whole).</summary>
    Formula,
}

/// <summary>Where an adverse event stands: draft (raised, not yet complete) → recorded (complete) → assessed (causality for every
/// suspect by a clinician).</summary>
public enum AdverseEventStatus
{
    /// <summary>Raised by a patient report, a fever or a lab value, or saved incomplete; the clinic completes it.</summary>
    Draft,

    /// <summary>Term, grade and onset recorded; causality not yet assessed for every suspect.</summary>
    Recorded,

    /// <summary>A clinician assessed causality for every suspect.</summary>
    Assessed,
}

/// <summary>What raised an adverse event.</summary>
public enum AdverseEventSource
{
    /// <summary>A staff member recorded it.</summary>
    Staff,

    /// <summary>The patient or family reported a symptom from the portal.</summary>
    PatientReport,

    /// <summary>A fever during infusion monitoring.</summary>
    InfusionFever,

    /// <summary>A lab result of CTCAE grade 3 or higher.</summary>
    LabResult,
}

/// <summary>Action taken with the suspect treatment (ICH E2B(R3) G.k.8 wording).</summary>
public enum ActionTaken
{
    /// <summary>Not known yet.</summary>
    Unknown,

    /// <summary>Dose not changed.</summary>
    NoChange,

    /// <summary>Infusion interrupted or slowed.</summary>
    Interrupted,

    /// <summary>Dose reduced.</summary>
    DoseReduced,

    /// <summary>Treatment withdrawn.</summary>
    Withdrawn,

    /// <summary>Not applicable (e.g. the course had ended).</summary>
    NotApplicable,
}

/// <summary>The outcome of the event (ICH E2B(R3) E.i.7 wording).</summary>
public enum AdverseEventOutcome
{
    /// <summary>Not known yet.</summary>
    Unknown,

    /// <summary>Recovering / resolving.</summary>
    Recovering,

    /// <summary>Recovered / resolved.</summary>
    Recovered,

    /// <summary>Recovered / resolved with sequelae.</summary>
    RecoveredWithSequelae,

    /// <summary>Not recovered / not resolved / ongoing.</summary>
    NotRecovered,

    /// <summary>Fatal.</summary>
    Fatal,
}
