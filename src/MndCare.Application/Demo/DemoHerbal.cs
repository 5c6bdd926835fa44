using Microsoft.EntityFrameworkCore;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>The herbal demo: formula templates for the reference's D2 formulas, a signed prescription for the portal patient and,
/// for a second course patient (on riluzole, like every demo course patient), a He Shou Wu prescription whose riluzole warning was
/// acknowledged when signed.</summary>
/// <remarks>docs/tcm/prescriptions.md, "Demo data". Doses are the usual textbook ones, for demonstration only (not verified; the D2
/// compositions themselves are not verified, docs/tcm/catalogues.md). 虎潜丸 is left out: it needs tiger bone (protected species).</remarks>
internal sealed class DemoHerbal(MndCareDbContext db, DemoScene scene)
{
    /// <summary>The demo templates: Chinese name, English name, herbs by Chinese name with g/day.</summary>
    private static readonly (string Chinese, string English, (string Herb, decimal Dose)[] Items)[] Formulas =
    [
        ("清燥救肺汤", "Qing Zao Jiu Fei Tang (Eliminate Dryness and Rescue the Lungs Decoction)",
            [("桑叶", 9m), ("石膏", 8m), ("人参", 2m), ("甘草", 3m), ("黑芝麻", 3m), ("阿胶", 3m), ("麦冬", 4m), ("苦杏仁", 2m), ("枇杷叶", 3m)]),
        ("加味二妙散", "Jia Wei Er Miao San (Augmented Two-Marvel Powder)",
            [("黄柏", 9m), ("苍术", 9m), ("当归", 9m), ("牛膝", 9m), ("防己", 9m), ("萆薢", 9m), ("龟甲", 15m)]),
        ("参苓白术散", "Shen Ling Bai Zhu San (Ginseng, Poria and White Atractylodes Powder)",
            [("人参", 15m), ("茯苓", 15m), ("白术", 15m), ("山药", 15m), ("莲子", 9m), ("白扁豆", 12m), ("薏苡仁", 9m), ("砂仁", 6m), ("桔梗", 6m), ("甘草", 9m)]),
        ("补中益气汤", "Bu Zhong Yi Qi Tang (Tonify the Middle and Augment the Qi Decoction)",
            [("黄芪", 18m), ("人参", 6m), ("白术", 9m), ("甘草", 9m), ("当归", 3m), ("陈皮", 6m), ("升麻", 6m), ("柴胡", 6m)]),
        ("圣愈汤", "Sheng Yu Tang (Sage-like Healing Decoction)",
            [("熟地黄", 20m), ("白芍", 15m), ("川芎", 8m), ("人参", 15m), ("当归", 15m), ("黄芪", 15m)]),
        ("补阳还五汤", "Bu Yang Huan Wu Tang (Tonify Yang to Restore Five-Tenths Decoction)",
            [("黄芪", 120m), ("当归", 6m), ("赤芍", 5m), ("地龙", 3m), ("川芎", 3m), ("红花", 3m), ("桃仁", 3m)]),
    ];

    /// <summary>Adds the templates and, when the demo TCM practitioner exists, the two signed prescriptions.</summary>
    public async Task SeedAsync(IReadOnlyList<DemoCoursePatient> patients, CancellationToken cancellationToken)
    {
        var tcmEmail = DemoSeeder.EmailFor(ClinicRole.TcmPractitioner);
        var practitioner = await db.Users.AsNoTracking().Where(u => u.Email == tcmEmail).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken)
            ?? scene.Staff.Clinician;
        var catalogue = HerbCatalogue.Shipped;
        var templates = Formulas.Select(f => DemoScene.Check(HerbalFormulaTemplate.Create(scene.NewId(), scene.Clinic.Id,
            new FormulaTemplateInput(f.Chinese, f.English, [.. f.Items.Select(i => new FormulaItemInput(i.Herb, i.Dose))]), catalogue, practitioner, scene.Now))).ToList();
        foreach (var template in templates)
        {
            db.HerbalFormulaTemplates.Add(template);
            scene.Audit(HerbFormulary.SaveTemplateAction, HerbFormulary.TemplateEntityType, template.Id, [new FieldChange("nameChinese", null, template.NameChinese)]);
        }
        if (patients.Count > 0)
        {
            var formula = templates.Single(t => t.NameChinese == "补中益气汤");
            Prescribe(patients[0].Id, practitioner, [.. Formulas.Single(f => f.Chinese == formula.NameChinese).Items], formula);
        }
        if (patients.Count > 1)
        {
            Prescribe(patients[1].Id, practitioner, [("制何首乌", 10m), ("当归", 9m), ("白芍", 9m)], null);
        }
    }

    // Signed two days ago; every demo course patient takes riluzole, so a hepatotoxic herb raises the warning, acknowledged when signed.
    private void Prescribe(Guid patientId, Guid practitioner, (string Herb, decimal Dose)[] items, HerbalFormulaTemplate? formula)
    {
        var check = DemoScene.Check(HerbPrescriptionRules.Check(HerbCatalogue.Shipped, [.. items.Select(i => i.Herb)], [], patientOnRiluzole: true));
        var prescribed = items.Select((item, index) => DemoScene.Check(PrescribedHerb.Create(check.Herbs[index], index, item.Dose, null,
            $"DEMO-{check.Herbs[index].Id.ToUpperInvariant()}-2611", "Demo Herbal Pharmacy", null))).ToList();
        var signedAt = scene.Now.AddDays(-2);
        var draft = DemoScene.Check(HerbalPrescription.Draft(new PrescriptionIds(scene.NewId(), scene.Clinic.Id, patientId),
            new PrescriptionContent(prescribed, [.. check.Findings.Select(PrescriptionFinding.From)], HerbalPreparation.Decoction, 14, formula?.Id,
                formula?.NameChinese, formula?.NameEnglish), practitioner, signedAt.AddMinutes(-10)));
        var signed = DemoScene.Check(draft.Sign(practitioner, new Dictionary<string, string>(), riluzoleWarningAcknowledged: true, signedAt, scene.DateOf(signedAt)));
        db.HerbalPrescriptions.Add(signed);
        scene.Audit(HerbalPrescriptions.SignAction, HerbalPrescriptions.EntityType, signed.Id, [new FieldChange("status", null, "signed")],
            new { patientId, findings = signed.Findings.Select(f => f.Code), riluzoleWarningAcknowledged = signed.HasRiluzoleWarning });
    }
}
