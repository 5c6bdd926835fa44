namespace MndCare.Web.Pages.Assessments;

/// <summary>The ALSFRS-R items with their level texts (Cedarbaum 1999), shared by the clinician's and the patient's forms.</summary>
/// <remarks>Levels are indexed by score (0 to 4); the texts are keys of the interface resources.</remarks>
public static class AlsfrsRItemTexts
{
    /// <summary>Item name (as in the API), label and the five level texts.</summary>
    public static readonly (string Name, string Label, string?[] Levels)[] Items =
    [
        ("speech", "1. Speech", ["Loss of useful speech", "Speech combined with nonvocal communication", "Intelligible with repeating", "Detectable speech disturbance", "Normal speech processes"]),
        ("salivation", "2. Salivation", ["Marked drooling; requires constant tissue or handkerchief", "Marked excess of saliva with some drooling", "Moderately excessive saliva; may have minimal drooling", "Slight but definite excess of saliva; may have night-time drooling", "Normal"]),
        ("swallowing", "3. Swallowing", ["Exclusively parenteral or enteral feeding", "Needs supplemental tube feeding", "Dietary consistency changes", "Early eating problems, occasional choking", "Normal eating habits"]),
        ("handwriting", "4. Handwriting", ["Unable to grip pen", "Able to grip pen but unable to write", "Not all words are legible", "Slow or sloppy; all words legible", "Normal"]),
        ("cutting", "5. Cutting food and handling utensils", ["Needs to be fed / unable to perform any aspect of task", "Food must be cut by someone / provides minimal assistance", "Some help needed", "Somewhat slow and clumsy, no help needed", "Normal"]),
        ("dressing", "6. Dressing and hygiene", ["Total dependence", "Needs attendant for self-care", "Intermittent assistance or substitute methods", "Independent self-care with effort or decreased efficiency", "Normal function"]),
        ("turning", "7. Turning in bed", ["Helpless", "Can initiate, but not turn or adjust sheets alone", "Can turn alone or adjust sheets, with great difficulty", "Somewhat slow and clumsy, no help needed", "Normal"]),
        ("walking", "8. Walking", ["No purposeful leg movement", "Nonambulatory functional movement only", "Walks with assistance", "Early ambulation difficulties", "Normal"]),
        ("climbing", "9. Climbing stairs", ["Cannot do", "Needs assistance", "Mild unsteadiness or fatigue", "Slow", "Normal"]),
        ("dyspnea", "10. Dyspnoea", ["Significant difficulty, considering mechanical support", "Occurs at rest", "Occurs with eating, bathing or dressing", "Occurs when walking", "None"]),
        ("orthopnea", "11. Orthopnoea", ["Unable to sleep", "Can only sleep sitting up", "Needs extra pillows (more than two)", "Some difficulty sleeping at night", "None"]),
        ("respiratoryInsufficiency", "12. Respiratory insufficiency", ["Invasive ventilation by intubation or tracheostomy", "Continuous BiPAP day and night", "Continuous BiPAP during the night", "Intermittent use of BiPAP", "None"]),
    ];
}
