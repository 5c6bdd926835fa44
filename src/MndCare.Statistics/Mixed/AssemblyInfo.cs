using System.Runtime.CompilerServices;

// The tests check the REML gradient against finite differences of the criterion.
[assembly: InternalsVisibleTo("MndCare.Statistics.Tests")]
