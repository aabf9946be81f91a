import '../../components/pt-options';
